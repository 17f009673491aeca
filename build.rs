//! Puts the icon and the version information into the Windows .exe. Decided by the target, not
//! by the machine that builds: a Windows program cross-built on Linux gets them too, through
//! MinGW's `windres` (`x86_64-w64-mingw32-windres`, or the one named by `WINDRES`). Does nothing
//! for any other target.

fn main() {
    println!("cargo:rerun-if-changed=assets/icon/sinhhoat.ico");
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
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
