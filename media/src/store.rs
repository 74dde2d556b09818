//! Where photos are kept. A storage key is made by the server (`products/17/3f9c…`), never
//! taken from an upload's file name; each size is stored as `{key}-{width}.jpg`, the name
//! `domain::media::photo_url` serves.

use std::path::PathBuf;

/// A place to keep photo files. The local folder is the default; an S3-compatible store fits
/// the same three calls for deployments with several instances.
#[async_trait::async_trait]
pub trait MediaStore: Send + Sync + std::fmt::Debug {
    /// Stores `bytes` under `name` (`{key}-{width}.jpg`).
    async fn put(&self, name: &str, bytes: Vec<u8>) -> std::io::Result<()>;
    /// The bytes stored under `name`, if any (for serving `/media` from the store).
    async fn get(&self, name: &str) -> std::io::Result<Option<Vec<u8>>>;
    /// Deletes `name`; a missing file is not an error.
    async fn delete(&self, name: &str) -> std::io::Result<()>;
}

/// Files in a folder on this machine (`--media-dir`), served at `/media`.
#[derive(Debug, Clone)]
pub struct LocalFolder {
    root: PathBuf,
}

impl LocalFolder {
    /// A store in `root`.
    pub fn new(root: impl Into<PathBuf>) -> LocalFolder {
        LocalFolder { root: root.into() }
    }

    fn path(&self, name: &str) -> std::io::Result<PathBuf> {
        // Keys are made by the server; refuse anything that could leave the folder anyway.
        let safe = !name.is_empty()
            && name
                .split('/')
                .all(|part| !part.is_empty() && part != "." && part != "..")
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.'));
        if safe {
            Ok(self.root.join(name))
        } else {
            Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "unsafe media name",
            ))
        }
    }
}

#[async_trait::async_trait]
impl MediaStore for LocalFolder {
    async fn put(&self, name: &str, bytes: Vec<u8>) -> std::io::Result<()> {
        let path = self.path(name)?;
        if let Some(dir) = path.parent() {
            tokio::fs::create_dir_all(dir).await?;
        }
        // Written beside and renamed: a reader never sees half a file.
        let partial = path.with_extension("part");
        tokio::fs::write(&partial, bytes).await?;
        tokio::fs::rename(&partial, &path).await
    }

    async fn get(&self, name: &str) -> std::io::Result<Option<Vec<u8>>> {
        match tokio::fs::read(self.path(name)?).await {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    async fn delete(&self, name: &str) -> std::io::Result<()> {
        match tokio::fs::remove_file(self.path(name)?).await {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

/// The file name of one stored size of a photo.
pub fn file_name(key: &str, width: u32) -> String {
    format!("{key}-{width}.jpg")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn stores_and_deletes_inside_its_folder_only() {
        let root = std::env::temp_dir().join(format!("opop-media-test-{}", std::process::id()));
        let store = LocalFolder::new(&root);
        store
            .put("products/1/abc-320.jpg", vec![1, 2, 3])
            .await
            .expect("put");
        assert_eq!(
            std::fs::read(root.join("products/1/abc-320.jpg")).expect("read"),
            vec![1, 2, 3]
        );
        store
            .delete("products/1/abc-320.jpg")
            .await
            .expect("delete");
        store
            .delete("products/1/abc-320.jpg")
            .await
            .expect("missing is fine");
        for bad in ["../etc/passwd", "/etc/passwd", "a//b", "a/./b", "a b", ""] {
            assert!(store.put(bad, vec![0]).await.is_err(), "{bad}");
        }
        let _ = std::fs::remove_dir_all(root);
    }
}
