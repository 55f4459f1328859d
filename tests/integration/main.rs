//! The one integration-test binary (DESIGN.md, "Tests"): the core and the CLI on
//! temporary wallets, plus repo-wide checks (locales, architecture).

mod architecture;
mod badges;
mod cli;
mod import;
mod locales;
mod migrations;
mod skills;
mod support;
mod verify;
