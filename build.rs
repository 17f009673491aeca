//! Puts the icon and the version information into the Windows .exe. Does nothing for any
//! other target, so Linux and macOS builds need nothing more than Cargo.

fn main() {
    println!("cargo:rerun-if-changed=assets/icon/sinhhoat.ico");
    println!("cargo:rerun-if-changed=build.rs");
    #[cfg(windows)]
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        let mut resource = winresource::WindowsResource::new();
        resource.set_icon("assets/icon/sinhhoat.ico");
        resource.set("FileDescription", "Sinh hoạt chuyên đề");
        resource.set("ProductName", "sinhhoat");
        resource.set("LegalCopyright", "MIT OR Apache-2.0");
        if let Err(error) = resource.compile() {
            println!("cargo:warning=the Windows resources could not be compiled: {error}");
            std::process::exit(1);
        }
    }
}
