//! Photos uploaded by sellers and admins: [`process`] checks and re-encodes an upload,
//! [`store`] keeps the results (a local folder by default).

pub mod process;
pub mod store;

pub use process::{MAX_UPLOAD_BYTES, PhotoError, ProcessedPhoto, process};
pub use store::{LocalFolder, MediaStore};
