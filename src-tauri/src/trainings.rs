//! The Trainings commands (issue 5, point 6): one-line adapters over
//! `passerelle-wallet` (DESIGN.md invariant 2), kept apart from commands.rs.

use std::path::Path;

use passerelle_wallet::dto::{
    AppError, OfferDetail, PlaceDto, PlanItem, RecommendationDto, TrainingFilters,
    TrainingsImportSummary,
};
use tauri::State;

use crate::state::AppState;

/// Training offers that close the gap to the role profile `profile_id`, with reasons.
#[tauri::command]
#[specta::specta]
pub async fn recommend_trainings(
    state: State<'_, AppState>,
    profile_id: String,
    filters: TrainingFilters,
) -> Result<Vec<RecommendationDto>, AppError> {
    state.with(|w, os| w.recommend_trainings(&profile_id, &filters, os))
}

/// Add an offer to the learner's plan; returns the plan.
#[tauri::command]
#[specta::specta]
pub async fn add_to_plan(
    state: State<'_, AppState>,
    id: String,
) -> Result<Vec<PlanItem>, AppError> {
    state.with(|w, os| w.add_to_plan(&id, os))
}

/// Take an offer out of the learner's plan; returns the plan.
#[tauri::command]
#[specta::specta]
pub async fn remove_from_plan(
    state: State<'_, AppState>,
    id: String,
) -> Result<Vec<PlanItem>, AppError> {
    state.with(|w, os| w.remove_from_plan(&id, os))
}

/// The learner's plan.
#[tauri::command]
#[specta::specta]
pub async fn training_plan(state: State<'_, AppState>) -> Result<Vec<PlanItem>, AppError> {
    state.with(|w, os| w.plan(os))
}

/// Import a training catalogue file (JSON, LHEO XML or CSV).
#[tauri::command]
#[specta::specta]
pub async fn import_trainings(
    state: State<'_, AppState>,
    path: String,
) -> Result<TrainingsImportSummary, AppError> {
    state.with_mut(|w, _| w.import_trainings(Path::new(&path)))
}

/// Everything about one offer (the offer page).
#[tauri::command]
#[specta::specta]
pub async fn training_offer(
    state: State<'_, AppState>,
    id: String,
) -> Result<OfferDetail, AppError> {
    state.with(|w, os| w.training_offer(&id, os))
}

/// The learning places of the region.
#[tauri::command]
#[specta::specta]
pub async fn learning_places(state: State<'_, AppState>) -> Result<Vec<PlaceDto>, AppError> {
    state.with(|w, os| w.learning_place_list(os))
}
