import Foundation
import XCTest
@testable import InnspillCore

/// Who took part, as boards and summaries write it: participant lists in their several layouts, a
/// participant line of its own, café tables as groups, and a group's answers typed in by the board's owner.
final class ParticipantListTests: XCTestCase {
    private func board(_ post: String) -> String {
        """
        TORKEL ØIEN 14. MARS 2024, 08:30 UTC

        Kulturskulesamling Ryfylke 2024

        Gruppedialog 1

        REFERENT 14. MARS 2024, 10:12 UTC

        Gruppe 1

        \(post)

        1. Svar her.

        https://padlet.com/torkel/ryfylke/wish/1

        """
    }

    private func municipalities(of post: String) throws -> [String] {
        let corpus = try loadFixture(board(post), name: "deltakarar.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.count, 1, "\(posts.map(\.text))")
        XCTAssertEqual(posts.first?.group, "Gruppe 1")
        return posts.first?.municipalities ?? []
    }

    /// Each layout of a participant list gives the municipalities in it, and a participant's surname that is
    /// also a place ("Kari Nes", "Siri Fjell", "Kari Berg": Nes, and the former Fjell and Berg) gives none.
    func testParticipantListsInEveryLayoutGiveTheirMunicipalitiesNotTheParticipantsSurnames() throws {
        XCTAssertEqual(try municipalities(of: """
            Gruppa bestod av:
            - Kari Nes, Suldal kulturskule
            - Per Tau, Hjelmeland kulturskule
            - Siri Fjell, Sauda kulturskule
            """), ["Suldal", "Hjelmeland", "Sauda"])
        XCTAssertEqual(try municipalities(of: """
            Gruppen besto av:
            - Suldal: Kari Berg
            - Hjelmeland: Per Tau
            """), ["Suldal", "Hjelmeland"])
        XCTAssertEqual(try municipalities(of: """
            Gruppen besto av:
            Kari Berg (Suldal), Per Tau (Hjelmeland), Siri Moen (Sauda)
            """), ["Suldal", "Hjelmeland", "Sauda"])
        // The demo's form: the municipality first, then the person and role; a hyphenated name stays whole.
        XCTAssertEqual(try municipalities(of: """
            Gruppen besto av:
            Asker / Kari Eksempelsen, rektor
            Sør-Varanger / Ola Prøvesen, avdelingsleder
            """), ["Asker", "Sør-Varanger"])
    }

    /// "Deltakere fra Narvik, Ballangen og Evenes." names the municipalities taking part on its own line
    /// (Ballangen is part of Narvik since 2020), and a café dialogue's tables ("Bord 2") are its groups.
    func testParticipantsOnTheirOwnLineAndCafeTablesAsGroups() throws {
        let corpus = try loadFixture("""
            Kafédialog – Kulturskolen i Ofoten
            Referat fra bordene, Narvik 23. oktober 2024

            Bord 1
            Deltakere fra Narvik, Ballangen og Evenes.
            Narviks kulturskole har ventelister på gitar og dans.

            Bord 2
            Til stede: Hamarøy, Steigen
            Steigens erfaring er at korps og kulturskole må planlegge sammen.

            """, name: "kafe.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Bord 1", "Bord 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Narvik", "Evenes"], ["Hamarøy", "Steigen"]])
    }

    /// An author named after a shared place ("NES KULTURSKOLE": Nes, or Nesbyen, which was Nes until 2020) takes
    /// the reading of the header under it, which its neighbours resolve; an author's other place is kept.
    func testAnAuthorNamedAfterASharedPlaceTakesTheHeadersReading() throws {
        let corpus = try loadFixture("""
            NORSK KULTURSKOLERÅD NOV 24, 2022 08:00AM

            Nasjonalt nettverksmøte 2022

            NES KULTURSKOLE NOV 24, 2022 10:13AM
            Gruppe 2: Nes og Ullensaker

            Felles talentprogram.

            KULTURSKULEN I SULDAL NOV 24, 2022 10:20AM
            Gruppe 3: Hjelmeland og Strand

            Skyss er det største hinderet.

            """, name: "forfattar.txt")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.municipalities), [["Nes", "Ullensaker"], ["Suldal", "Hjelmeland", "Strand"]])
    }

    /// The board's owner typing in a group's answers under a group header posts for that group: the post
    /// is the group's, not the organisers' task text.
    func testTheBoardOwnersPostUnderAGroupHeaderIsTheGroups() throws {
        let corpus = try loadFixture("""
            TORKEL ØIEN 14. MARS 2024, 08:30 UTC

            Kulturskulesamling Ryfylke 2024

            Gruppedialog 1

            TORKEL ØIEN 14. MARS 2024, 08:45 UTC

            Spørsmål til gruppedialog 1
            1. Korleis samarbeider kulturskulen med grunnskulen i dag?

            https://padlet.com/torkel/ryfylke/wish/1

            TORKEL ØIEN 14. MARS 2024, 10:15 UTC

            Gruppe 2 – Strand, Sauda og Forsand

            1. Lite fast samarbeid. Sauda har prøvd valfag med kulturskulelærar.

            https://padlet.com/torkel/ryfylke/wish/2

            """, name: "eigar.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.count, 1)
        XCTAssertEqual(posts.first?.group, "Gruppe 2")
        XCTAssertEqual(posts.first?.municipalities, ["Strand", "Sauda", "Sandnes"], "Forsand is in Sandnes since 2020")
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertTrue(prompts.contains { $0.text.hasPrefix("Korleis samarbeider") }, "\(prompts.map(\.text))")
        XCTAssertFalse(prompts.contains { $0.text.contains("Lite fast samarbeid") })
    }
}
