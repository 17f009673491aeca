//! Keys pressed in either of the app's windows. The window manager gives a new window the
//! focus, so a key may reach the projector's second window as well as the main one, and it
//! must do the same there.

use std::time::Instant;

use super::App;

impl App {
    /// Presses keys in turn in the main window (xdotool names: `space`, `Next`,
    /// `shift+space`…) and returns when the last has been sent, after the app has drawn a
    /// frame since (so it has seen them, however busy the machine).
    pub fn keys(&mut self, keys: &[&str]) -> Instant {
        let window = self.window.clone();
        self.press(&window, keys)
    }

    /// Presses keys in turn in the app's second window (the projector), as [`App::keys`] does
    /// in the main one.
    pub fn keys_in_second_window(&mut self, keys: &[&str]) -> Instant {
        let window = self.find_window(|window| window != self.window);
        self.press(&window, keys)
    }

    fn press(&mut self, window: &str, keys: &[&str]) -> Instant {
        self.xdotool(&["windowfocus", "--sync", window]);
        self.drain();
        let mut args = vec!["key", "--delay", "30"];
        args.extend_from_slice(keys);
        self.xdotool(&args);
        let sent = Instant::now();
        self.wait_for_frame();
        sent
    }
}
