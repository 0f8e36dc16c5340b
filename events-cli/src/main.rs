//! `events`: the command-line tool for people who maintain an event catalog or debug an
//! integration. Every rule comes from the `events-codegen` engine; this crate only renders.

#![forbid(unsafe_code)]

/// Writes a result to stdout. A closed pipe (`events expand | head`) ends the program quietly
/// with success, as Unix tools do; any other write error ends it with status 2.
fn write_out(text: std::fmt::Arguments<'_>) {
    use std::io::Write;
    if let Err(error) = std::io::stdout().write_fmt(text) {
        if error.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("events: cannot write the output: {error}");
            std::process::exit(2);
        }
        std::process::exit(0);
    }
}

/// `print!` through [`write_out`].
macro_rules! out {
    ($($arg:tt)*) => { $crate::write_out(format_args!($($arg)*)) };
}

/// `println!` through [`write_out`].
macro_rules! outln {
    ($($arg:tt)*) => { $crate::write_out(format_args!("{}\n", format_args!($($arg)*))) };
}

mod asyncapi;
mod check;
mod decode;
mod diff;
mod expand;
mod import_samples;
mod import_zod;
mod render;
mod table;
mod zod;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Tools for event catalogs: check them, print and import their table, expand them to Rust,
/// compare revisions, and decode SDK messages with the bundled catalog.
#[derive(Debug, Parser)]
#[command(name = "events", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Colour diagnostics: `auto` (when stderr is a terminal and `NO_COLOR` is unset),
    /// `always` or `never`.
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Report every defect of a catalog, with the source line; exit 1 when there is one.
    Check {
        /// The catalog folder.
        #[arg(default_value = "catalog")]
        catalog: PathBuf,
        /// `human` (source snippets) or `json` (one array of diagnostics).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Print the catalog as the vendor's markdown table.
    Table {
        /// The catalog folder.
        #[arg(default_value = "catalog")]
        catalog: PathBuf,
        /// `human` (the vendor's markdown table) or `json` (one object per row, values as the
        /// index writes them).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Update a catalog's index from the vendor's markdown pages: every event table in every
    /// section (`Send` sections are sent events), link-wrapped names, descriptions from the
    /// linked event pages; report every change field by field, then check the catalog (exit 1
    /// with its defects; the index is written either way).
    ImportTable {
        /// The markdown pages holding the tables.
        #[arg(required = true)]
        pages: Vec<PathBuf>,
        /// The catalog folder (created when missing).
        #[arg(long, default_value = "catalog")]
        catalog: PathBuf,
        /// `human` (one line per change) or `json` (one object: the changes and the defects).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Update a catalog from AsyncAPI documents (2.x and 3.x, YAML or JSON, `$ref`s to files
    /// beside them followed): each message a row (its `name`, or the constant of a payload
    /// property that names every message), its payload a schema file, the component schemas it
    /// uses shared files, its examples lines of `samples.jsonl`; what the catalog cannot hold
    /// reported with its place. Rows the user edited keep their descriptions, Rust names,
    /// replacements, waivers and dates. Then check the catalog (exit 1 with its defects or
    /// problems; the files are written either way).
    ImportAsyncapi {
        /// The AsyncAPI documents.
        #[arg(required = true)]
        documents: Vec<PathBuf>,
        /// The catalog folder (created when missing).
        #[arg(long, default_value = "catalog")]
        catalog: PathBuf,
        /// The active date of new rows (and deprecation date of newly deprecated ones),
        /// `YYYY-MM-DD`; today when absent.
        #[arg(long)]
        date: Option<String>,
        /// `human` (one line per change, problems on stderr) or `json` (one object: the
        /// changes, problems and defects).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Write the catalog as an AsyncAPI 3.0 document, for AsyncAPI tooling: a message per
    /// event and schema version, its payload a reference to the schema file, shared schemas as
    /// components, the rows' lifecycle (and everything `import-asyncapi` needs to give the
    /// catalog back) in `x-` extensions.
    ExportAsyncapi {
        /// The catalog folder.
        #[arg(default_value = "catalog")]
        catalog: PathBuf,
        /// The document to write (default `<catalog>/asyncapi.json`); its references to the
        /// schema files are relative to it.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Write a catalog's JSON Schema files from Zod source: the `typescript` blocks of vendor
    /// event pages (`<event-name>.md`, one per `Payload vX.Y.Z` heading) or `.ts` files. The
    /// source is parsed, never run; a schema it names but does not define must be a shared
    /// definition of the catalog (`defs/<kebab-name>.json`), or it is reported with its place.
    ImportZod {
        /// The event pages (`.md`) or Zod sources (`.ts`).
        #[arg(required = true)]
        sources: Vec<PathBuf>,
        /// The catalog folder.
        #[arg(long, default_value = "catalog")]
        catalog: PathBuf,
        /// For a `.ts` source: the event it holds the payload of.
        #[arg(long)]
        event: Option<String>,
        /// For a `.ts` source: the schema version it is.
        #[arg(long)]
        schema_version: Option<String>,
        /// The const holding the payload schema (default: the one named `…PayloadSchema`, else
        /// the last schema of the source).
        #[arg(long)]
        schema: Option<String>,
        /// `human` (one line per file written or page skipped, problems on stderr) or `json`
        /// (one object: `written`, `skipped`, `problems`).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Print the sample payloads of vendor event pages (`json` blocks and `typescript` object
    /// literals, read as data) as JSON Lines of SDK `onMessage` data, for tests; the event is
    /// the page's file name.
    ImportSamples {
        /// The event pages.
        #[arg(required = true)]
        pages: Vec<PathBuf>,
    },
    /// Print the Rust that `include_catalog!` generates for a catalog.
    Expand {
        /// The catalog folder.
        #[arg(default_value = "catalog")]
        catalog: PathBuf,
        /// An option of `include_catalog!`, as `name=value` (`sunset=reject`,
        /// `unknown_fields=keep`, `reference_date=2026-01-01`); repeat for several.
        #[arg(long = "option", value_name = "NAME=VALUE")]
        options: Vec<String>,
    },
    /// Classify every change between two revisions of a catalog by what it does to the generated
    /// Rust API, and say which semver bump the generated crate needs; exit 1 on breaking changes
    /// unless `--allow-breaking`.
    Diff {
        /// The old catalog folder.
        old: PathBuf,
        /// The new catalog folder.
        new: PathBuf,
        /// An option of `include_catalog!` the generated crate uses, as `name=value`
        /// (`sunset=reject` turns a newly sunset event into a removed one); repeat for several.
        #[arg(long = "option", value_name = "NAME=VALUE")]
        options: Vec<String>,
        /// `human` (one line per change) or `json` (one object with every change).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Exit 0 even when there are breaking changes.
        #[arg(long)]
        allow_breaking: bool,
    },
    /// Decode JSON Lines of event messages and print one verdict per line; never stops on a bad
    /// line. With no `--catalog`, SDK `onMessage` data with the bundled catalog.
    Decode {
        /// The input file, or `-` for standard input.
        #[arg(default_value = "-")]
        input: PathBuf,
        /// Decode against this catalog folder, read at run time (the verdicts of the code
        /// `include_catalog!` generates for it), in the envelope its index declares.
        #[arg(long, value_name = "DIR")]
        catalog: Option<PathBuf>,
        /// The envelope of the messages instead of the catalog's: `8x8`, `cloudevents`, or
        /// `name=<JSON pointer>,payload=<JSON pointer>` (`name=/type,payload=/data/object`);
        /// the last two may add `,version=<JSON pointer>` where messages say the payload's
        /// schema version outside it (`cloudevents,version=/dataversion`).
        #[arg(long, requires = "catalog", value_parser = events_codegen::parse_envelope)]
        envelope: Option<events_core::runtime::Envelope>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    render::set_color(match cli.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::IsTerminal::is_terminal(&std::io::stderr())
                && std::env::var_os("NO_COLOR").is_none()
        }
    });
    let result = match cli.command {
        Command::Check { catalog, format } => check::run(&catalog, format),
        Command::Table { catalog, format } => table::print(&catalog, format),
        Command::ImportTable {
            pages,
            catalog,
            format,
        } => table::import(&pages, &catalog, format),
        Command::ImportAsyncapi {
            documents,
            catalog,
            date,
            format,
        } => asyncapi::import(&documents, &catalog, date.as_deref(), format),
        Command::ExportAsyncapi { catalog, output } => {
            asyncapi::export(&catalog, output.as_deref())
        }
        Command::ImportZod {
            sources,
            catalog,
            event,
            schema_version,
            schema,
            format,
        } => import_zod::run(
            &sources,
            &catalog,
            &import_zod::TsTarget {
                event,
                version: schema_version,
                schema,
            },
            format,
        ),
        Command::ImportSamples { pages } => import_samples::run(&pages),
        Command::Expand { catalog, options } => expand::run(&catalog, &options),
        Command::Diff {
            old,
            new,
            options,
            format,
            allow_breaking,
        } => diff::run(&old, &new, &options, format, allow_breaking),
        Command::Decode {
            input,
            catalog,
            envelope,
        } => decode::run(&input, catalog.as_deref(), envelope),
    };
    result.unwrap_or_else(|error| {
        eprintln!("events: {error}");
        ExitCode::from(2)
    })
}
