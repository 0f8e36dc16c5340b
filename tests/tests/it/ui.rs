//! trybuild UI tests: one file per situation under `tests/ui/`, with `.stderr` files produced by
//! `TRYBUILD=overwrite` and reviewed in diffs.

#[test]
fn deprecated_events_warn_at_use_sites_and_active_ones_do_not() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/deprecation/*.rs");
    cases.pass("ui/pass/*.rs");
}
