// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "policydiff",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PolicyDiff", targets: ["PolicyDiff"]),
        .executable(name: "policydiff", targets: ["policydiff"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // .docx files are ZIP archives: a well-kept reader with no dependency beyond zlib.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // libxml2 through the system's pkg-config entry; Debian: libxml2-dev.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // poppler's GLib C API for the text layer of PDFs; Debian: libpoppler-glib-dev.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"]), .brew(["poppler"])]
        ),
        // SQLite for the corpus database (batch --db), with FTS5; Debian: libsqlite3-dev.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .target(
            name: "PolicyDiff",
            dependencies: ["CLibXML2", "CPoppler", "CSQLite", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "policydiff",
            dependencies: [
                "PolicyDiff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "policydiff-bench",
            dependencies: ["PolicyDiff"],
            path: "Benchmarks/policydiff-bench"
        ),
        .testTarget(
            name: "PolicyDiffTests",
            dependencies: ["PolicyDiff"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
