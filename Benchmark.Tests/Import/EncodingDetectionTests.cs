using System.Text;
using Benchmark.Import;
using Benchmark.Validation;

namespace Benchmark.Tests.Import;

public sealed class EncodingDetectionTests
{
    // GM0014 is Groningen: a Frisian name on its row gives a name-mismatch warning that carries the value as decoded.
    private const string Text = "gemeentecode;gemeentenaam;jaar;inwoners\r\nGM1900;Súdwest-Fryslân;2024;90421\r\nGM0014;Súdwest-Fryslân;2024;243768\r\n";

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Test]
    public void Import_Utf8WithBom_IsDetectedAndNamesSurvive()
    {
        var result = ImportHelper.Import([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)]);

        AssertRead(result, "utf-8-bom");
    }

    [Test]
    public void Import_Utf8WithoutBom_IsDetectedAndNamesSurvive()
    {
        var result = ImportHelper.Import(Encoding.UTF8.GetBytes(Text));

        AssertRead(result, "utf-8");
    }

    [Test]
    public void Import_Windows1252_IsDetectedAndNamesSurvive()
    {
        var bytes = Windows1252.GetBytes(Text);
        Assert.That(bytes, Does.Contain((byte)0xFA), "ú is one byte 0xFA in Windows-1252");

        AssertRead(ImportHelper.Import(bytes), "windows-1252");
    }

    [Test]
    public void Import_Windows1252FromNonSeekableStream_IsDetectedFromThePrefix()
    {
        using var stream = new NonSeekableStream(Windows1252.GetBytes(Text));

        AssertRead(CsvImporter.Import(stream, ImportHelper.FileName, ImportOptions.Default), "windows-1252");
    }

    [Test]
    public void Import_Utf16LittleEndianWithBom_IsDetected()
    {
        var result = ImportHelper.Import([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)]);

        AssertRead(result, "utf-16le");
    }

    [Test]
    public void Import_Windows1252ByteAfterTheSniffedPrefix_IsStillWindows1252()
    {
        // 3,000 ASCII-only rows (about 90 KB) push the only non-ASCII byte past the 64 KiB prefix the detector sniffs.
        var padding = string.Concat(Enumerable.Repeat("GM0014;Groningen;2024;243768\r\n", 3000));
        var bytes = Windows1252.GetBytes("gemeentecode;gemeentenaam;jaar;inwoners\r\n" + padding + "GM0014;Súdwest-Fryslân;2024;243768\r\n");
        Assert.That(bytes.Length, Is.GreaterThan(64 * 1024));

        var result = ImportHelper.Import(bytes);

        Assert.That(result.Report().Format!.Encoding, Is.EqualTo("windows-1252"));
        Assert.That(result.Findings(Rules.NameMismatch).Single().Value, Is.EqualTo("Súdwest-Fryslân"));
    }

    [Test]
    public void ParseLayer_Windows1252_DecodesEveryCharacter()
    {
        var parsed = CsvLayer.Parse(Windows1252.GetBytes(Text));

        Assert.That(parsed.Encoding, Is.EqualTo("windows-1252"));
        Assert.That(parsed.Records[1].Fields[1], Is.EqualTo("Súdwest-Fryslân"));
    }

    [TestCase(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00 }, TestName = "Import_ZipWorkbook_IsUnreadable")]
    [TestCase(new byte[] { }, TestName = "Import_EmptyFile_IsUnreadable")]
    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF }, TestName = "Import_OnlyByteOrderMark_IsUnreadable")]
    [TestCase(new byte[] { 0x0D, 0x0A, 0x20, 0x0D, 0x0A }, TestName = "Import_OnlyBlankLines_IsUnreadable")]
    [TestCase(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41, 0x42 }, TestName = "Import_ControlCharacters_IsUnreadable")]
    public void Import_NotCsvText_IsOneUnreadableFinding(byte[] bytes)
    {
        var report = ImportHelper.Import(bytes).Report();

        Assert.That(report.Findings, Has.Count.EqualTo(1));
        Assert.That(report.Findings[0].Rule, Is.EqualTo(Rules.FileUnreadable));
        Assert.That(report.Findings[0].Severity, Is.EqualTo(Severity.Error));
        Assert.That(report.Findings[0].File, Is.EqualTo(ImportHelper.FileName));
        Assert.That(report.Format, Is.Null);
        Assert.That(report.RowsRead, Is.Zero);
    }

    private static void AssertRead(ImportResult result, string encoding)
    {
        var report = result.Report();
        Assert.That(report.Format!.Encoding, Is.EqualTo(encoding));
        Assert.That(report.RowsAccepted, Is.EqualTo(2));
        Assert.That(result.Value("GM1900", 2024, "inhabitants"), Is.EqualTo(90421));
        var mismatch = result.Findings(Rules.NameMismatch).Single();
        Assert.That(mismatch.Value, Is.EqualTo("Súdwest-Fryslân"));
        Assert.That(mismatch.Line, Is.EqualTo(3));
    }
}
