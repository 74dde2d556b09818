//! Photos in an S3-compatible bucket (Amazon S3, MinIO, Ceph, R2…), for deployments with
//! several instances that cannot share a folder. Credentials and endpoint come from the usual
//! environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_ENDPOINT`).

use crate::store::MediaStore;
use object_store::{ObjectStore, PutPayload, aws::AmazonS3Builder, path::Path};

/// A bucket as a [`MediaStore`].
#[derive(Debug)]
pub struct S3Store {
    bucket: object_store::aws::AmazonS3,
}

impl S3Store {
    /// The bucket `name`, configured from the environment; `endpoint` overrides `AWS_ENDPOINT`
    /// (plain `http://` endpoints are allowed for a store on the local network).
    pub fn new(name: &str, endpoint: Option<&str>) -> Result<S3Store, String> {
        S3Store::build(AmazonS3Builder::from_env(), name, endpoint)
    }

    /// The bucket `name` at `endpoint` with these credentials (tests, and setups without the
    /// `AWS_*` environment).
    pub fn with_credentials(
        name: &str,
        endpoint: &str,
        key_id: &str,
        secret: &str,
        region: &str,
    ) -> Result<S3Store, String> {
        let builder = AmazonS3Builder::new()
            .with_access_key_id(key_id)
            .with_secret_access_key(secret)
            .with_region(region);
        S3Store::build(builder, name, Some(endpoint))
    }

    fn build(
        builder: AmazonS3Builder,
        name: &str,
        endpoint: Option<&str>,
    ) -> Result<S3Store, String> {
        let mut builder = builder.with_bucket_name(name);
        if let Some(endpoint) = endpoint {
            builder = builder
                .with_endpoint(endpoint)
                .with_allow_http(endpoint.starts_with("http://"));
        } else if std::env::var("AWS_ENDPOINT").is_ok_and(|e| e.starts_with("http://")) {
            builder = builder.with_allow_http(true);
        }
        builder
            .build()
            .map(|bucket| S3Store { bucket })
            .map_err(|e| format!("S3 bucket {name:?}: {e}"))
    }
}

fn io(e: object_store::Error) -> std::io::Error {
    std::io::Error::other(e.to_string())
}

#[async_trait::async_trait]
impl MediaStore for S3Store {
    async fn put(&self, name: &str, bytes: Vec<u8>) -> std::io::Result<()> {
        self.bucket
            .put(&Path::from(name), PutPayload::from(bytes))
            .await
            .map(|_| ())
            .map_err(io)
    }

    async fn get(&self, name: &str) -> std::io::Result<Option<Vec<u8>>> {
        match self.bucket.get(&Path::from(name)).await {
            Ok(found) => Ok(Some(found.bytes().await.map_err(io)?.to_vec())),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(io(e)),
        }
    }

    async fn delete(&self, name: &str) -> std::io::Result<()> {
        match self.bucket.delete(&Path::from(name)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(io(e)),
        }
    }
}
