//! Cross-border trainings (issue 5): the catalogue (bundled sample data, imported
//! offers), the learning places of the region, and recommendations that close the gap
//! between what a learner can show and the role they aim for, with their reasons.

mod csv;
pub mod data;
pub mod detail;
pub mod import;
mod lheo;
pub mod model;
pub mod recommend;
pub mod recommend_wallet;
pub(crate) mod store;

pub use model::{
    Catalogue, LearningPlace, LocalizedText, Location, Modality, Municipality, TrainingOffer,
    distance_km,
};
