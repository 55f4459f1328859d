//! The one integration-test binary (DESIGN.md, "Tests"): the core and the CLI on
//! temporary wallets, plus repo-wide checks (locales, architecture).

mod architecture;
mod backup;
mod badges;
mod bundle;
mod cli;
mod cv;
mod endorsing;
mod import;
mod locales;
mod migrations;
mod profile;
mod skills;
mod support;
mod trainings;
mod trainings_recommend;
mod verify;
