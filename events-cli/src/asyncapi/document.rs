//! AsyncAPI documents as read: YAML or JSON (JSON through the same YAML 1.2 parser, of which it
//! is a subset), each a JSON value with the line and column of every node by JSON pointer, and
//! `$ref`s followed inside a document and to files beside it.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};
use serde_json::{Map, Number, Value};

/// Every document read so far: those named on the command line and those their `$ref`s reach.
#[derive(Default)]
pub struct Documents {
    documents: Vec<Document>,
}

/// One file, read.
pub struct Document {
    /// The file as the user named it, or as a `$ref` reached it.
    pub path: PathBuf,
    /// Its content.
    pub root: Value,
    /// The 1-based line and column of each node, by JSON pointer.
    places: HashMap<String, (usize, usize)>,
    /// The keys of each mapping in the order the document gives them, by JSON pointer.
    orders: HashMap<String, Vec<String>>,
}

/// A JSON value whose objects keep their members in the document's order, for the files the
/// import writes (a schema's properties become a struct's fields in that order).
#[derive(Debug, Clone, PartialEq)]
pub enum Ordered {
    /// A scalar.
    Scalar(Value),
    /// An array.
    Array(Vec<Ordered>),
    /// An object, its members in order.
    Object(Vec<(String, Ordered)>),
}

impl Ordered {
    /// The value, members in any order (for comparing).
    pub fn to_value(&self) -> Value {
        match self {
            Ordered::Scalar(value) => value.clone(),
            Ordered::Array(items) => Value::Array(items.iter().map(Ordered::to_value).collect()),
            Ordered::Object(members) => Value::Object(
                members
                    .iter()
                    .map(|(key, value)| (key.clone(), value.to_value()))
                    .collect(),
            ),
        }
    }
}

impl serde::Serialize for Ordered {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Ordered::Scalar(value) => value.serialize(serializer),
            Ordered::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Ordered::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (key, value) in members {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

/// A node of one of the documents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location {
    /// Which document.
    pub document: usize,
    /// The JSON pointer to the node (`""` for the root).
    pub pointer: String,
}

impl Location {
    /// The location of member `key` of this node.
    pub fn child(&self, key: &str) -> Location {
        Location {
            document: self.document,
            pointer: format!("{}/{}", self.pointer, escape(key)),
        }
    }
}

/// Something the document says that the catalog cannot hold, or a document that cannot be
/// read, with its place.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The file.
    pub file: String,
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub column: usize,
    /// The JSON pointer inside the file.
    pub pointer: String,
    /// What is wrong, and what the import did about it.
    pub message: String,
}

impl Problem {
    /// A problem of the file at `path` as a whole.
    pub fn of_file(path: &Path, message: String) -> Problem {
        Problem {
            file: path.display().to_string(),
            line: 0,
            column: 0,
            pointer: String::new(),
            message,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        match self.line {
            0 => write!(f, "{} {pointer}: {}", self.file, self.message),
            line => write!(
                f,
                "{}:{line}:{} {pointer}: {}",
                self.file, self.column, self.message
            ),
        }
    }
}

/// The most `$ref`s followed from one node before giving up on a loop.
const MAX_REFERENCES: usize = 64;

impl Documents {
    /// Reads the document at `path` (once: a path read before gives the same document).
    pub fn load(&mut self, path: &Path) -> Result<usize, Problem> {
        let canonical = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        if let Some(found) = self.documents.iter().position(|document| {
            document
                .path
                .canonicalize()
                .unwrap_or_else(|_| document.path.clone())
                == canonical
        }) {
            return Ok(found);
        }
        let text = std::fs::read_to_string(path).map_err(|error| {
            Problem::of_file(path, format!("cannot read the document: {error}"))
        })?;
        self.parse(path, &text)
    }

    /// Reads `text` as the document at `path`.
    fn parse(&mut self, path: &Path, text: &str) -> Result<usize, Problem> {
        let problem = |message: String| Problem::of_file(path, message);
        let nodes = MarkedYaml::load_from_str(text).map_err(|error| Problem {
            line: error.marker().line(),
            column: error.marker().col() + 1,
            ..problem(format!("not YAML or JSON: {}", error.info()))
        })?;
        let Some(node) = nodes.first() else {
            return Err(problem("the document is empty".to_owned()));
        };
        let mut places = HashMap::new();
        let mut orders = HashMap::new();
        let mut reading = Reading {
            text,
            places: &mut places,
            orders: &mut orders,
        };
        let root = reading
            .value(node, String::new())
            .map_err(|(pointer, message)| {
                let (line, column) = places.get(&pointer).copied().unwrap_or((0, 0));
                Problem {
                    line,
                    column,
                    pointer,
                    ..problem(message)
                }
            })?;
        self.documents.push(Document {
            path: path.to_path_buf(),
            root,
            places,
            orders,
        });
        Ok(self.documents.len() - 1)
    }

    /// The node at `at`, if there is one.
    pub fn get(&self, at: &Location) -> Option<&Value> {
        self.documents.get(at.document)?.root.pointer(&at.pointer)
    }

    /// The file name of document `document` without its extension (`site` for `site.json`).
    pub fn stem(&self, document: usize) -> String {
        self.documents[document]
            .path
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// The keys of the object at `at` in the document's order; none when it is no object.
    pub fn keys(&self, at: &Location) -> Vec<String> {
        let Some(Value::Object(members)) = self.get(at) else {
            return Vec::new();
        };
        match self.documents[at.document].orders.get(&at.pointer) {
            Some(order) => order.clone(),
            None => members.keys().cloned().collect(),
        }
    }

    /// The node at `at` as written, members in the document's order.
    pub fn ordered(&self, at: &Location) -> Ordered {
        match self.get(at) {
            Some(Value::Object(_)) => Ordered::Object(
                self.keys(at)
                    .into_iter()
                    .map(|key| {
                        let value = self.ordered(&at.child(&key));
                        (key, value)
                    })
                    .collect(),
            ),
            Some(Value::Array(items)) => Ordered::Array(
                (0..items.len())
                    .map(|index| self.ordered(&at.child(&index.to_string())))
                    .collect(),
            ),
            Some(scalar) => Ordered::Scalar(scalar.clone()),
            None => Ordered::Scalar(Value::Null),
        }
    }

    /// Where `at` is, for a problem about it.
    pub fn problem(&self, at: &Location, message: impl Into<String>) -> Problem {
        let document = &self.documents[at.document];
        // A node without a place of its own (the root) takes its nearest parent's.
        let mut pointer = at.pointer.as_str();
        let (line, column) = loop {
            if let Some(place) = document.places.get(pointer) {
                break *place;
            }
            match pointer.rfind('/') {
                Some(cut) => pointer = &pointer[..cut],
                None => break (0, 0),
            }
        };
        Problem {
            file: document.path.display().to_string(),
            line,
            column,
            pointer: at.pointer.clone(),
            message: message.into(),
        }
    }

    /// The node that `at` stands for: `at` itself, or, when it is a `$ref`, the node it refers
    /// to (through as many `$ref`s as it takes), reading the files they name.
    pub fn resolve(&mut self, at: &Location) -> Result<Location, Problem> {
        let mut current = at.clone();
        for _ in 0..MAX_REFERENCES {
            let Some(node) = self.get(&current) else {
                return Err(self.problem(&current, "nothing is at this place"));
            };
            let Some(reference) = node.get("$ref") else {
                return Ok(current);
            };
            let Some(reference) = reference.as_str().map(str::to_owned) else {
                return Err(self.problem(&current.child("$ref"), "`$ref` is not a string"));
            };
            current = self.target(&current, &reference)?;
        }
        Err(self.problem(
            at,
            format!("more than {MAX_REFERENCES} `$ref`s in a row: they go round in a circle"),
        ))
    }

    /// The node that `reference`, the `$ref` of the node at `from`, names.
    pub fn target(&mut self, from: &Location, reference: &str) -> Result<Location, Problem> {
        let (file, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        let document = if file.is_empty() {
            from.document
        } else if file.contains("://") {
            return Err(self.problem(
                &from.child("$ref"),
                format!("`{reference}` is a remote reference; the import reads files beside the document only"),
            ));
        } else {
            let base = self.documents[from.document]
                .path
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default();
            let path = base.join(decoded(file));
            self.load(&path).map_err(|problem| {
                let mut referring = self.problem(
                    &from.child("$ref"),
                    format!("`{reference}`: {}", problem.message),
                );
                if problem.line > 0 {
                    referring.message = format!("`{reference}`: {problem}");
                }
                referring
            })?
        };
        let pointer = decoded(fragment);
        if !pointer.is_empty() && !pointer.starts_with('/') {
            return Err(self.problem(
                &from.child("$ref"),
                format!("`{reference}`: only JSON pointer fragments (`#/components/…`) are read"),
            ));
        }
        let target = Location { document, pointer };
        if self.get(&target).is_none() {
            return Err(self.problem(
                &from.child("$ref"),
                format!("`{reference}` names nothing in its document"),
            ));
        }
        Ok(target)
    }
}

/// `key` as a JSON pointer segment.
pub fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// A document being read: its text, and where its nodes are.
struct Reading<'a> {
    text: &'a str,
    places: &'a mut HashMap<String, (usize, usize)>,
    orders: &'a mut HashMap<String, Vec<String>>,
}

impl Reading<'_> {
    /// The YAML node as JSON, recording where each node starts; an error names the pointer of
    /// a node JSON cannot hold.
    fn value(&mut self, node: &MarkedYaml<'_>, pointer: String) -> Result<Value, (String, String)> {
        self.places.insert(
            pointer.clone(),
            (node.span.start.line(), node.span.start.col() + 1),
        );
        match &node.data {
            // An integer beyond `i64` is read as a float; its text says it exactly.
            YamlData::Value(Scalar::FloatingPoint(_)) => match self.integer_text(node) {
                Some(number) => Ok(Value::Number(number)),
                None => scalar_to_json(&node_scalar(node)).map_err(|message| (pointer, message)),
            },
            YamlData::Value(scalar) => scalar_to_json(scalar).map_err(|message| (pointer, message)),
            YamlData::Sequence(items) => items
                .iter()
                .enumerate()
                .map(|(index, item)| self.value(item, format!("{pointer}/{index}")))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array),
            YamlData::Mapping(members) => {
                let mut object = Map::new();
                let mut order = Vec::with_capacity(members.len());
                for (key, value) in members {
                    let key = match &key.data {
                        YamlData::Value(Scalar::String(text)) => text.to_string(),
                        YamlData::Value(scalar) => match scalar_to_json(scalar) {
                            Ok(Value::String(text)) => text,
                            Ok(other) => other.to_string(),
                            Err(message) => return Err((pointer, message)),
                        },
                        _ => {
                            return Err((
                                pointer,
                                "a mapping key that is not a scalar has no JSON form".to_owned(),
                            ));
                        }
                    };
                    let inner = format!("{pointer}/{}", escape(&key));
                    if object.contains_key(&key) {
                        return Err((inner, format!("the key `{key}` is given twice")));
                    }
                    let value = self.value(value, inner)?;
                    order.push(key.clone());
                    object.insert(key, value);
                }
                self.orders.insert(pointer, order);
                Ok(Value::Object(object))
            }
            YamlData::Tagged(_, inner) => self.value(inner, pointer),
            _ => Err((pointer, "a YAML node with no JSON form".to_owned())),
        }
    }

    /// The exact integer a number node's text writes, when it writes one `u64` holds.
    fn integer_text(&self, node: &MarkedYaml<'_>) -> Option<Number> {
        let (start, end) = (node.span.start.index(), node.span.end.index());
        let from = self.text.char_indices().nth(start).map(|(at, _)| at)?;
        let to = self
            .text
            .char_indices()
            .nth(end)
            .map_or(self.text.len(), |(at, _)| at);
        let written = self.text.get(from..to)?.trim();
        written.parse::<u64>().ok().map(Number::from)
    }
}

/// The scalar of a node known to be one.
fn node_scalar<'a>(node: &MarkedYaml<'a>) -> Scalar<'a> {
    match &node.data {
        YamlData::Value(scalar) => scalar.clone(),
        _ => Scalar::Null,
    }
}

fn scalar_to_json(scalar: &Scalar<'_>) -> Result<Value, String> {
    Ok(match scalar {
        Scalar::Null => Value::Null,
        Scalar::Boolean(value) => Value::Bool(*value),
        Scalar::Integer(value) => Value::Number((*value).into()),
        Scalar::FloatingPoint(value) => Number::from_f64(value.into_inner())
            .map(Value::Number)
            .ok_or_else(|| format!("`{value}` is not a JSON number"))?,
        Scalar::String(text) => Value::String(text.to_string()),
    })
}

/// A reference's path or fragment with its `%XX` escapes decoded; as written when one is
/// malformed (it then names nothing, and the error says so).
fn decoded(text: &str) -> String {
    events_facts::percent_decoded(text).unwrap_or_else(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root(document: usize) -> Location {
        Location {
            document,
            pointer: String::new(),
        }
    }

    #[test]
    fn yaml_and_json_read_alike_with_every_node_placed() {
        let mut documents = Documents::default();
        let yaml = documents
            .parse(Path::new("a.yaml"), "a:\n  b: [1, 2.5, true, null, x]\n")
            .unwrap();
        let json = documents
            .parse(
                Path::new("a.json"),
                "{\"a\": {\"b\": [1, 2.5, true, null, \"x\"]}}",
            )
            .unwrap();
        assert_eq!(documents.get(&root(yaml)), documents.get(&root(json)));
        let problem = documents.problem(&root(yaml).child("a").child("b").child("4"), "here");
        assert_eq!((problem.line, problem.column), (2, 27));
        // A document already read is not read again.
        assert_eq!(documents.load(Path::new("a.yaml")).unwrap(), yaml);
    }

    #[test]
    fn what_json_cannot_hold_is_refused_with_its_place() {
        let mut documents = Documents::default();
        let twice = documents
            .parse(Path::new("twice.yaml"), "a: 1\nb:\n  c: 1\n  c: 2\n")
            .unwrap_err();
        assert_eq!((twice.line, twice.column), (4, 3), "{twice}");
        assert!(twice.message.contains("duplicated key"), "{twice}");
        let bad = documents
            .parse(Path::new("bad.yaml"), "a: [1, 2\nb: 3\n")
            .unwrap_err();
        assert!(
            bad.line > 0 && bad.message.starts_with("not YAML or JSON"),
            "{bad}"
        );
        let nan = documents
            .parse(Path::new("nan.yaml"), "a: .nan\n")
            .unwrap_err();
        assert_eq!((nan.pointer.as_str(), nan.line), ("/a", 1), "{nan}");
    }

    #[test]
    fn references_are_followed_across_files_and_their_loops_stopped() {
        let mut documents = Documents::default();
        let main = root(
            documents
                .parse(
                    Path::new("dir/main.yaml"),
                    "a: {$ref: 'other%20file.yaml#/b'}\nloop: {$ref: '#/round'}\nround: {$ref: '#/loop'}\nlost: {$ref: '#/nowhere'}\nfar: {$ref: 'https://example.com/x.yaml'}\n",
                )
                .unwrap(),
        );
        documents
            .parse(Path::new("dir/other file.yaml"), "b: {c: 1}\n")
            .unwrap();
        let b = documents.resolve(&main.child("a")).unwrap();
        assert_eq!((b.document, b.pointer.as_str()), (1, "/b"));
        assert_eq!(documents.get(&b.child("c")), Some(&Value::from(1)));
        let circle = documents.resolve(&main.child("loop")).unwrap_err();
        assert!(circle.message.contains("circle"), "{circle}");
        let lost = documents.resolve(&main.child("lost")).unwrap_err();
        assert!(lost.message.contains("names nothing"), "{lost}");
        let far = documents.resolve(&main.child("far")).unwrap_err();
        assert!(far.message.contains("remote reference"), "{far}");
        assert_eq!(far.line, 5, "{far}");
    }
}
