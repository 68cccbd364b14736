import Foundation
import Testing

@testable import ListingAudit

/// Image addresses read where their gallery cell is split (`ListingImage.reading`, `TabularAdapter.addImages`)
/// against the facts' own reading of the same addresses (`ListingFacts.imageAddresses` of images with no reading,
/// as every image was read before the cell kept its readings): the same pictures, keys, stand-in flags and problems.
@Suite struct CellReadingTests {
    /// Gallery pieces: renumbered addresses, repeats by case, size suffix, query and canonical equivalence,
    /// placeholders, relative and local addresses, spaces and control bytes.
    private static let pieces = [
        "https://img.example.cn/p/17/1_0.jpg", "https://img.example.cn/p/17/1_1.jpg",
        "https://img.example.cn/p/18/2_0.jpg",
        "HTTPS://IMG.EXAMPLE.CN/P/17/1_0.JPG", "https://img.example.cn/p/17/1_0_800x800.jpg",
        "https://img.example.cn/p/17/1_0.jpg?v=3", "https://img.example.cn/p/17/1_0.jpg_400x400.jpg",
        "https://img.example.cn/p/caf\u{E9}.jpg", "https://img.example.cn/p/cafe\u{301}.jpg",
        "https://img.example.cn/p/placeholder.png", "https://img.example.cn/no-image.gif", "https://img.example.cn/",
        "//img.example.cn/p/9.jpg", "/goods-img/9.jpg", "http://localhost:8080/9.jpg", "file:///C:/p/9.jpg",
        "9.jpg", "REPLACE_WITH_IMAGE_LINK", "https://img.example.cn/p/a b.jpg", "https://img.example.cn/p/\u{1}x.jpg",
        "https://img.example.cn/p/%20.jpg", "ftp://img.example.cn/p/9.jpg", "https://img.example.cn/p/x.JPEG",
    ]

    /// What the image rules are told of each address of `listing`, as text to compare.
    private static func described(_ listing: Listing, _ reader: inout ImageURL.GalleryReader) -> [String] {
        ListingFacts.imageAddresses(of: listing, reader: &reader).map { address in
            let other = ImagePicture("https://other.example/zz_plain.jpg")
            return "\(address.url) \(address.location) \(address.picture.key) \(address.isPlaceholder) "
                + "\(String(describing: address.problem)) \(address.picture.hasOtherAddress(than: other))"
        }
    }

    /// `listing` with its images' readings dropped: each address set again, as a change of address drops it.
    private static func unread(_ listing: Listing) -> Listing {
        var copy = listing
        for index in copy.images.indices { copy.images[index].address = copy.images[index].address }
        return copy
    }

    /// Compares the facts of each listing of `listings` with those of the listing unread (each reader kept from one
    /// listing to the next, as a worker's is); returns how many images had a reading.
    private static func compare(_ listings: [Listing], _ name: String) -> Int {
        var (reader, unreadReader) = (ImageURL.GalleryReader(), ImageURL.GalleryReader())
        var read = 0
        for listing in listings {
            let plain = unread(listing)
            #expect(plain.images.allSatisfy { $0.reading == nil })
            #expect(described(listing, &reader) == described(plain, &unreadReader), "\(name) \(listing.id)")
            for image in listing.images {
                guard let reading = image.reading else { continue }
                read += 1
                #expect(reading == ImageURL.AddressReading(ImageURL.read(image.address)), "\(image.url)")
            }
        }
        return read
    }

    @Test func seededGalleryCellsReadAsTheFactsRead() throws {
        var generator = SeededGenerator(seed: 0x42C)
        var text = "listing_id,title,image_urls\n"
        for row in 0..<600 {
            // Galleries past the short-list threshold and past the parts one pass splits; some listings on two rows.
            let count = row % 60 == 0 ? 70 : row % 25 == 0 ? 40 : generator.below(9)
            let items = (0..<count).map { _ in
                let piece = Self.pieces[generator.below(Self.pieces.count)]
                return generator.below(4) == 0 ? piece.replacingOccurrences(of: "1_", with: "\(generator.below(9))_")
                    : piece
            }
            text += "L\(row - row % 3 / 2),Mug,\"\(items.joined(separator: "|"))\"\n"
        }
        let result = try ListingLoader.load(path: try AdapterFixtures.temporaryFile(text))
        #expect(Self.compare(result.listings, "seeded") > 1000)
    }

    /// Every sample export, of every adapter that builds images: the facts of images read at their cell, or read by
    /// the facts, are those of the images unread.
    @Test func everySampleReadsAsTheFactsRead() throws {
        let formats = TestPaths.corpus.appendingPathComponent("formats")
        var paths: [String] = []
        for folder in ["", "feeds", "json", "workbooks"] {
            let directory = formats.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            where name.contains(".") {
                paths.append(directory.appendingPathComponent(name).path)
            }
        }
        var (loaded, read) = (0, 0)
        for path in paths {
            guard let result = try? ListingLoader.load(path: path) else { continue }
            loaded += 1
            read += Self.compare(result.listings, path)
        }
        #expect(loaded >= 15)
        #expect(read > 0)
    }
}
