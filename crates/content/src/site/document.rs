//! The document every view is drawn into: `<head>` (title, description, canonical link,
//! link-preview tags, the stylesheet and the loader), then the skip link, navigation,
//! the view itself and the footer.

use exhibit_dom::{attr, id, View};
use maud::{html, Markup, PreEscaped, DOCTYPE};

use super::Assets;
use crate::core::context::Context;

/// What a view's page says about itself.
pub struct Head<'a> {
    pub title: &'a str,
    pub description: &'a str,
    /// The exhibit's own title, for link previews (`og:site_name`).
    pub site_name: &'a str,
}

/// The script in every page's `<head>`, the same text on each (so one hash allows it under
/// a strict Content-Security-Policy). It first marks the document with the mode and the
/// colours the address asks for (`?mode=embed`, `?theme=dark`), so the page is laid out
/// for them from its first paint. If the browser can run the exhibit's code, it marks
/// the document (`data-js`) before the first paint, so the stylesheet lays the page out
/// for it from the start. Once the page has painted its text, it loads the code: a request
/// made before the first paint would count against it (Lighthouse's simulation counts every
/// request started before a paint towards that paint; measured, loading at the `load` event
/// made the first paint 1.1× and the largest 1.2× a plain page's). Without a paint to
/// observe (an old browser, a hidden tab), it loads two seconds after the page. It loads
/// the app's build for the page's mode (the ordinary one, or one made for a frame or a
/// kiosk), and the stylesheet of that mode, if it has one, before the first paint. If
/// loading fails, the page goes back to its plain form and says so.
pub fn loader(assets: &Assets) -> String {
    let code = |script: &str, wasm: &str| format!("['{script}','{wasm}']");
    let modes: String = assets
        .modes
        .iter()
        .map(|(mode, build)| {
            let style = build
                .stylesheet
                .as_deref()
                .map(|href| format!("s('{href}');"))
                .unwrap_or_default();
            format!(
                "if(md=='{}'){{c={};{style}}}",
                mode.key(),
                code(&build.script, &build.wasm)
            )
        })
        .collect();
    format!(
        "(function(d,w){{var h=d.documentElement,r=d.currentScript.getAttribute('data-root'),o=0;\
function q(k){{var m=new RegExp('[?&]'+k+'=([a-z]+)','i').exec(location.search);return m&&m[1].toLowerCase()}}\
function s(u){{var l=d.createElement('link');l.rel='stylesheet';l.href=r+'/'+u;l.setAttribute('blocking','render');d.head.appendChild(l)}}\
var md=q('mode'),th=q('theme'),c={code};{modes}if(md=='embed'||md=='kiosk')h.setAttribute('data-mode',md);if(th=='light'||th=='dark')h.setAttribute('data-theme',th);\
if(!w.WebAssembly||!('noModule' in d.createElement('script')))return;h.setAttribute('{js}','');\
function f(e){{h.removeAttribute('{js}');var n=d.getElementById('{failure}');if(n)n.hidden=false;if(e)console.error(e)}}\
function g(){{if(o++)return;import(r+'/'+c[0]).then(function(m){{return m.default({{module_or_path:r+'/'+c[1]}})}}).catch(f)}}\
try{{new PerformanceObserver(function(l){{if(l.getEntriesByName('first-contentful-paint').length)setTimeout(g,0)}}).observe({{type:'paint',buffered:true}})}}catch(e){{}}\
w.addEventListener('load',function(){{setTimeout(g,2000)}})}})(document,window)",
        js = attr::JS,
        failure = id::FAILURE,
        code = code(&assets.code.script, &assets.code.wasm),
    )
}

/// What goes into a page besides its view: the files it links to, the exhibit's address
/// on the web (if known), the loader's text and the rules that place the view's parts.
pub struct Around<'a> {
    pub assets: &'a Assets,
    pub public_url: Option<&'a str>,
    pub loader: &'a str,
    pub layout: &'a str,
}

/// A whole page: `main` is the view's content, `before_main` what goes above it (the
/// essay's title page).
pub fn document(
    ctx: &Context,
    head: &Head,
    around: &Around,
    before_main: Markup,
    main: Markup,
) -> String {
    let Around {
        assets,
        public_url,
        loader,
        layout,
    } = *around;
    let root = ctx.view.to_root();
    let words = &ctx.words.site;
    let canonical = match public_url {
        Some(base) => format!("{}{}", base, ctx.view.dir()),
        None => "./".to_owned(),
    };
    let page = html! {
        (DOCTYPE)
        html lang=(ctx.words.lang) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="color-scheme" content="light dark";
                title { (head.title) }
                meta name="description" content=(head.description);
                link rel="canonical" href=(canonical);
                meta property="og:type" content="website";
                meta property="og:site_name" content=(head.site_name);
                meta property="og:title" content=(head.title);
                meta property="og:description" content=(head.description);
                @if let Some(base) = public_url {
                    meta property="og:url" content=(canonical);
                    link rel="alternate" type="application/json+oembed"
                        href={ (base) (super::oembed_file(ctx.view)) } title=(head.title);
                }
                meta name="twitter:card" content="summary";
                meta name="twitter:title" content=(head.title);
                meta name="twitter:description" content=(head.description);
                link rel="icon" href=(assets.favicon) type="image/svg+xml";
                link rel="stylesheet" href={ (root) (assets.stylesheet) };
                @if !layout.is_empty() {
                    // Built from validated ids and numbers only: nothing to escape.
                    style id=(id::layout_style(ctx.view)) { (PreEscaped(layout)) }
                }
                // The way to the root, for the loader's imports (a bare name would not do).
                script data-root=(if root.is_empty() { "." } else { ".." }) { (PreEscaped(loader)) }
            }
            body {
                div class="ex-app" id=(id::APP) data-view=(ctx.view.key()) {
                    a class="ex-skip" href="#main" { (words.skip) }
                    nav class="ex-nav" aria-label=(words.nav_label) {
                        ul {
                            @for view in View::ALL {
                                li {
                                    a class="ex-nav__link" href=(ctx.href(view, ""))
                                        aria-current=[(view == ctx.view).then_some("page")] { (ctx.words.view(view.key())) }
                                }
                            }
                        }
                    }
                    p class="ex-failure" id=(id::FAILURE) role="status" hidden { (words.failure) }
                    (before_main)
                    main class="ex-layout" id="main" { (crate::embed::open_full(ctx)) (main) }
                    footer class="ex-footer" {
                        p { (words.footer) }
                        (crate::embed::button(ctx))
                    }
                    (crate::embed::dialog(ctx, head.site_name))
                }
            }
        }
    };
    page.into_string()
}
