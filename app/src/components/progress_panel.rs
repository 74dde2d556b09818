//! The programme's progress: flagship products against the target, pesantren, sellers per pillar.

use crate::i18n::{group, use_i18n};
use domain::{Locale, ProgrammeProgress};
use leptos::prelude::*;

/// The progress figures of the home page.
#[component]
pub fn ProgressPanel(progress: ProgrammeProgress) -> impl IntoView {
    let i18n = use_i18n();
    let percent = progress.flagship_percent();
    let sep = move || {
        if i18n.locale() == Locale::En {
            ','
        } else {
            '.'
        }
    };
    let ProgrammeProgress {
        flagship_products,
        flagship_target,
        pesantren,
        products,
        sellers_per_pillar,
    } = progress;
    view! {
        <section class="progress" aria-labelledby="progress-heading">
            <h2 id="progress-heading">{move || i18n.t().progress_heading}</h2>
            <div class="flagship-progress">
                <p class="flagship-figure">
                    {move || (i18n.t().flagship_progress)(flagship_products, flagship_target)}
                </p>
                <div
                    class="bar"
                    role="progressbar"
                    aria-valuemin="0"
                    aria-valuemax="100"
                    aria-valuenow=percent.to_string()
                >
                    <div class="bar-fill" style=format!("width: {percent}%")></div>
                </div>
            </div>
            <dl class="figures">
                <div>
                    <dt>{move || i18n.t().pesantren_joined}</dt>
                    <dd>{move || group(pesantren, sep())}</dd>
                </div>
                <div>
                    <dt>{move || i18n.t().products_published}</dt>
                    <dd>{move || group(products, sep())}</dd>
                </div>
            </dl>
            <h3>{move || i18n.t().sellers_per_pillar}</h3>
            <ul class="pillars">
                {sellers_per_pillar
                    .into_iter()
                    .map(|(pillar, n)| {
                        view! {
                            <li class=format!("pillar pillar-{}", pillar.code())>
                                <span class="pillar-name">{pillar.name()}</span>
                                <span class="pillar-count">{move || (i18n.t().sellers_count)(n)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
