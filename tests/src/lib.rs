//! Fixture catalogs for the tests.
