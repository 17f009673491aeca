//! Keeping the screen on under Linux, over D-Bus: the freedesktop ScreenSaver interface on the
//! session bus (KDE, Xfce, GNOME through its compatibility service, most others), else the
//! desktop portal's Inhibit (GNOME, sandboxed installs); and, where logind runs, an inhibitor
//! lock against sleep on the system bus. What was taken is given back in [`Inhibitor::release`]
//! (the portal's request closed, the ScreenSaver's cookie returned, logind's descriptor closed).

use std::collections::HashMap;
use std::time::Duration;

use zbus::blocking::Connection;
use zbus::blocking::connection::Builder;
use zbus::zvariant::{OwnedFd, OwnedObjectPath, Value};

use super::{APP_NAME, Inhibitor, REASON};

/// How long one call may take before the service counts as missing.
const TIMEOUT: Duration = Duration::from_secs(5);

/// The desktop portal's flags for "suspend" and "idle".
const PORTAL_SUSPEND_AND_IDLE: u32 = 4 | 8;

/// What is held, given back on release.
enum Held {
    ScreenSaver { connection: Connection, cookie: u32 },
    Portal { connection: Connection, request: OwnedObjectPath },
    Logind { _connection: Connection, _lock: OwnedFd },
}

/// The desktop's ways of keeping the screen on, tried in turn.
#[derive(Default)]
pub struct DesktopInhibitor {
    held: Vec<Held>,
}

impl Inhibitor for DesktopInhibitor {
    fn hold(&mut self) -> Result<&'static str, String> {
        let session = Builder::session().and_then(|builder| builder.method_timeout(TIMEOUT).build());
        let screen = match session {
            Ok(connection) => screen_saver(&connection)
                .map(|cookie| {
                    (
                        "org.freedesktop.ScreenSaver",
                        Held::ScreenSaver { connection: connection.clone(), cookie },
                    )
                })
                .or_else(|first| {
                    portal(&connection)
                        .map(|request| {
                            ("org.freedesktop.portal.Inhibit", Held::Portal { connection, request })
                        })
                        .map_err(|second| format!("{first}; {second}"))
                }),
            Err(error) => Err(error.to_string()),
        };
        // Sleep is held as well where logind lets the user; the screen is what matters.
        if let Ok(held) = logind() {
            self.held.push(held);
        }
        let (service, held) = screen?;
        self.held.push(held);
        Ok(service)
    }

    fn release(&mut self) {
        for held in self.held.drain(..) {
            // A service that went away has let go already.
            let _ = match held {
                Held::ScreenSaver { connection, cookie } => connection
                    .call_method(
                        Some("org.freedesktop.ScreenSaver"),
                        "/org/freedesktop/ScreenSaver",
                        Some("org.freedesktop.ScreenSaver"),
                        "UnInhibit",
                        &(cookie,),
                    )
                    .map(drop),
                Held::Portal { connection, request } => connection
                    .call_method(
                        Some("org.freedesktop.portal.Desktop"),
                        request.as_ref(),
                        Some("org.freedesktop.portal.Request"),
                        "Close",
                        &(),
                    )
                    .map(drop),
                Held::Logind { .. } => Ok(()),
            };
        }
    }
}

/// The ScreenSaver's cookie for this app's inhibition.
fn screen_saver(connection: &Connection) -> Result<u32, String> {
    let reply = connection
        .call_method(
            Some("org.freedesktop.ScreenSaver"),
            "/org/freedesktop/ScreenSaver",
            Some("org.freedesktop.ScreenSaver"),
            "Inhibit",
            &(APP_NAME, REASON),
        )
        .map_err(|error| error.to_string())?;
    reply.body().deserialize::<u32>().map_err(|error| error.to_string())
}

/// The portal's request for this app's inhibition.
fn portal(connection: &Connection) -> Result<OwnedObjectPath, String> {
    let options: HashMap<&str, Value<'_>> = HashMap::from([("reason", Value::from(REASON))]);
    let reply = connection
        .call_method(
            Some("org.freedesktop.portal.Desktop"),
            "/org/freedesktop/portal/desktop",
            Some("org.freedesktop.portal.Inhibit"),
            "Inhibit",
            &("", PORTAL_SUSPEND_AND_IDLE, options),
        )
        .map_err(|error| error.to_string())?;
    reply.body().deserialize::<OwnedObjectPath>().map_err(|error| error.to_string())
}

/// logind's lock against sleep and idle, held while its descriptor is open.
fn logind() -> Result<Held, String> {
    let connection = Builder::system()
        .and_then(|builder| builder.method_timeout(TIMEOUT).build())
        .map_err(|error| error.to_string())?;
    let reply = connection
        .call_method(
            Some("org.freedesktop.login1"),
            "/org/freedesktop/login1",
            Some("org.freedesktop.login1.Manager"),
            "Inhibit",
            &("sleep:idle", APP_NAME, REASON, "block"),
        )
        .map_err(|error| error.to_string())?;
    let lock = reply.body().deserialize::<OwnedFd>().map_err(|error| error.to_string())?;
    Ok(Held::Logind { _connection: connection, _lock: lock })
}
