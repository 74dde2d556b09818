//! `opop admin`: create the first programme admin, and a pesantren with its admin, from the
//! command line. The password comes from `OPOP_NEW_PASSWORD` or the first line of stdin (never
//! a flag: flags show up in the process list and shell history).

use crate::CommandError;
use crate::cli::{AdminArgs, AdminCommand, NewAccountArgs};
use db::accounts::{CreateUserError, NewUser};
use domain::{Email, Pillar, Role, account};
use sea_orm::ActiveValue::Set;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter};

/// Runs `opop admin ...`.
pub async fn run(database_url: &str, args: AdminArgs) -> Result<(), CommandError> {
    let db = crate::open_and_migrate(database_url).await?;
    match args.command {
        AdminCommand::CreateProgrammeAdmin(account) => {
            let new = new_user(&account, Role::ProgrammeAdmin, None).await?;
            let user = create(&db, new).await?;
            println!("programme admin {} created (id {})", user.email, user.id);
        }
        AdminCommand::CreatePesantren(p) => {
            let region = db::entity::region::Entity::find_by_id(p.region.clone())
                .one(&db)
                .await?
                .ok_or_else(|| {
                    CommandError::Refused(format!(
                        "unknown region code {:?}: use one of the 38 Kemendagri codes, e.g. 3517 (Kabupaten Jombang)",
                        p.region
                    ))
                })?;
            let whatsapp: String = p.whatsapp.chars().filter(char::is_ascii_digit).collect();
            let whatsapp = match whatsapp.strip_prefix('0') {
                Some(rest) => format!("62{rest}"),
                None => whatsapp,
            };
            if !(whatsapp.starts_with("62") && (10..=15).contains(&whatsapp.len())) {
                return Err(CommandError::Refused(format!(
                    "{:?} is not an Indonesian WhatsApp number (08... or +62...)",
                    p.whatsapp
                )));
            }
            let name = p.name.trim();
            if name.is_empty() || name.chars().count() > 200 {
                return Err(CommandError::Refused(
                    "the pesantren needs a name of at most 200 characters".into(),
                ));
            }
            let new = new_user(&NewAccountArgs::from(&p.admin), Role::PesantrenAdmin, None).await?;
            let base = domain::search::slugify(name);
            let mut slug = base.clone();
            let mut n = 1;
            while db::entity::pesantren::Entity::find()
                .filter(db::entity::pesantren::Column::Slug.eq(slug.clone()))
                .one(&db)
                .await?
                .is_some()
            {
                n += 1;
                slug = format!("{base}-{n}");
            }
            let now = time::OffsetDateTime::now_utc();
            let row = db::entity::pesantren::ActiveModel {
                slug: Set(slug),
                name: Set(name.to_owned()),
                nsp: Set(None),
                region_code: Set(region.code.clone()),
                address: Set(p.address.trim().to_owned()),
                description: Set(String::new()),
                cooperative_name: Set(None),
                whatsapp: Set(whatsapp),
                verification: Set("verified".into()),
                verified_at: Set(Some(now)),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&db)
            .await?;
            let user = create(
                &db,
                NewUser {
                    pesantren_id: Some(row.id),
                    ..new
                },
            )
            .await?;
            println!(
                "pesantren {} created in {} (id {}, /pesantren/{}); admin {} (id {})",
                row.name, region.name, row.id, row.slug, user.email, user.id
            );
        }
    }
    db.close().await?;
    Ok(())
}

async fn new_user(
    a: &NewAccountArgs,
    role: Role,
    pillar: Option<Pillar>,
) -> Result<NewUser, CommandError> {
    let email = Email::parse(&a.email)
        .map_err(|_| CommandError::Refused(format!("{:?} is not an email address", a.email)))?;
    let display_name = account::check_display_name(&a.name)
        .map_err(|_| CommandError::Refused("the name must be 1 to 120 characters".into()))?;
    let password = match &a.password {
        Some(p) => p.clone(),
        None => {
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .map_err(|source| CommandError::Io {
                    context: "reading the password from stdin".into(),
                    source,
                })?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    account::check_new_password(&password, email.as_str()).map_err(|e| {
        CommandError::Refused(format!(
            "the password is refused ({e:?}): use 8 to 128 characters, not a common password"
        ))
    })?;
    let password_hash = auth::password::hash(password)
        .await
        .map_err(|e| CommandError::Refused(format!("hashing the password: {e}")))?;
    Ok(NewUser {
        email,
        password_hash,
        display_name,
        role,
        pillar,
        pesantren_id: None,
    })
}

async fn create(
    db: &db::DatabaseConnection,
    new: NewUser,
) -> Result<db::entity::user::Model, CommandError> {
    let email = new.email.as_str().to_owned();
    db::accounts::create_user(db, new)
        .await
        .map_err(|e| match e {
            CreateUserError::EmailTaken => {
                CommandError::Refused(format!("an account with {email} exists already"))
            }
            CreateUserError::InviteInvalid => CommandError::Refused("invalid invite".into()),
            CreateUserError::Db(e) => CommandError::Database(e),
        })
}
