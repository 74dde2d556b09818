//! Photos uploaded by sellers and admins: [`process`] checks and re-encodes an upload,
//! [`store`] keeps the results (a local folder by default, [`s3`] an S3-compatible bucket).

pub mod process;
pub mod s3;
pub mod store;

pub use process::{MAX_UPLOAD_BYTES, PhotoError, ProcessedPhoto, process};
pub use s3::S3Store;
pub use store::{LocalFolder, MediaStore};
