//! Reusable pieces of pages, one file per component.

pub mod bar_chart;
pub mod catalogue_filters;
pub mod decision_forms;
pub mod download_links;
pub mod flash_notice;
pub mod form_field;
pub mod language_switch;
pub mod live_form;
pub mod news_list;
pub mod notices;
pub mod page_state;
pub mod pagination;
pub mod product_card;
pub mod progress_panel;
pub mod site_footer;
pub mod site_header;
