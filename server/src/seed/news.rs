//! The demo news post: the programme's own story of the 2021 "Jatim Bangkit" talkshow.

use db::entity::news_post;
use sea_orm::ActiveValue::Set;
use time::macros::datetime;

const BODY: &str = "\
Pesantren bisa menjadi motor kebangkitan ekonomi Jawa Timur di masa pandemi. Pesan itu mengemuka \
dalam talkshow *Jatim Bangkit* yang digelar Dinas Kominfo Provinsi Jawa Timur di JTV pada Senin, \
15 Februari 2021.

## Koperasi dan pesantren bergerak bersama

Kepala Dinas Koperasi dan UKM Jawa Timur, Mas Purnomo Hadi, menjelaskan bahwa program One Pesantren \
One Product (OPOP) dan pendampingan koperasi berjalan beriringan: koperasi pondok pesantren menjadi \
wadah usaha, sementara santri dan alumni belajar memproduksi dan memasarkan produk halal.

Sekretaris Jenderal OPOP Jatim, M. Ghofirin, menyebut lebih dari 6.000 pesantren dapat dijangkau \
program ini, dan sekitar 4.600 di antaranya telah memiliki izin menurut data Kemenag Jawa Timur.

## Tiga pilar, satu tujuan

OPOP bertumpu pada tiga pilar: **Santripreneur**, **Pesantrenpreneur** dan **Sosiopreneur**. \
Targetnya, pesantren di Jawa Timur melahirkan 1.000 produk unggulan yang mampu bersaing di pasar \
lokal, nasional hingga internasional.

Di tengah pandemi, pemasaran digital menjadi kunci. Melalui katalog daring, produk pesantren \
seperti kopi rempah, beras organik dan kerajinan batok kelapa kini bisa dipesan dari mana saja.";

/// The published talkshow post, with its cover photo.
pub fn talkshow_post(cover_key: &str) -> news_post::ActiveModel {
    news_post::ActiveModel {
        slug: Set("jatim-bangkit-opop-hidupkan-usaha-pesantren-di-masa-pandemi".to_owned()),
        title: Set(
            "Jatim Bangkit: OPOP dan Koperasi Hidupkan Usaha Pesantren di Masa Pandemi".to_owned(),
        ),
        body_md: Set(BODY.to_owned()),
        cover_key: Set(Some(cover_key.to_owned())),
        state: Set("published".to_owned()),
        author_id: Set(Some(1)),
        published_at: Set(Some(datetime!(2021-02-19 09:00 +07:00))),
        created_at: Set(datetime!(2021-02-19 08:00 +07:00)),
        ..Default::default()
    }
}
