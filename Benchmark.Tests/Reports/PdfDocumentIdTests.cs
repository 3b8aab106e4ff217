using System.Text;
using Benchmark.Reports.Rendering;

namespace Benchmark.Tests.Reports;

/// <summary>
/// The PDF's document ID is derived from its content, whichever way Skia wrote its random ID: in hex, or (when the random
/// bytes are mostly printable, about one document in a hundred) as literal strings — the case that made
/// "same inputs, same bytes" fail now and then.
/// </summary>
public sealed class PdfDocumentIdTests
{
    private static readonly byte[] FirstId = Convert.FromHexString("DB5D50F49D868492E9EA012EC65FBEBE");

    // Mostly printable, with every escape Skia writes: '(' ')' '\' and octal for bytes outside ' '..'~'.
    private static readonly byte[] PrintableId = Encoding.Latin1.GetBytes("a(b)c\\d\u0001XYZ{}|~ ");

    [Test]
    public void MakeDeterministic_LiteralAndHexIds_GiveTheSameDocument()
    {
        var fromHex = PdfDocumentId.MakeDeterministic(Document(FirstId, Hex));
        var fromLiteral = PdfDocumentId.MakeDeterministic(Document(PrintableId, Literal));

        Assert.That(Encoding.Latin1.GetString(fromLiteral), Is.EqualTo(Encoding.Latin1.GetString(fromHex)));
    }

    [Test]
    public void MakeDeterministic_Literal_WritesTheHexTrailerAndTheSameUuidInTheMetadata()
    {
        var text = Encoding.Latin1.GetString(PdfDocumentId.MakeDeterministic(Document(PrintableId, Literal)));

        var id = text[(text.LastIndexOf("/ID [<", StringComparison.Ordinal) + 6)..][..32];
        Assert.That(id, Does.Match("^[0-9A-F]{32}$"));
        Assert.That(text, Does.Contain($"/ID [<{id}> <{id}>]>>"));
        var uuid = $"uuid:{id[..8]}-{id[8..12]}-{id[12..16]}-{id[16..20]}-{id[20..]}".ToLowerInvariant();
        Assert.That(text, Does.Contain($"<xmpMM:DocumentID>{uuid}</xmpMM:DocumentID>"));
        Assert.That(text, Does.Contain($"<xmpMM:InstanceID>{uuid}</xmpMM:InstanceID>"));
    }

    [Test]
    public void MakeDeterministic_RandomIds_AlwaysTheSameDocument()
    {
        var random = new Random(20261207);
        var expected = Encoding.Latin1.GetString(PdfDocumentId.MakeDeterministic(Document(FirstId, Hex)));
        for (var i = 0; i < 2000; i++)
        {
            var id = new byte[16];
            random.NextBytes(id);
            if (i % 2 == 0)
            {
                // Force the printable case: bytes ' '..'~' only.
                id = [.. id.Select(b => (byte)(' ' + (b % 95)))];
            }

            var actual = Encoding.Latin1.GetString(PdfDocumentId.MakeDeterministic(Document(id, SkiaString)));
            Assert.That(actual, Is.EqualTo(expected), Convert.ToHexString(id));
        }
    }

    [TestCase("(a\\(b\\)\\\\\\101\\n)", "61286229 5C410A")]
    [TestCase("(x(y)z)", "78287929 7A")]
    [TestCase("(\\0053)", "0533")]
    [TestCase("<901FA>", "901FA0")]
    [TestCase("<90 1f a3>", "901FA3")]
    public void TryRead_PdfStrings_GiveTheirBytes(string written, string hex)
    {
        var pdf = Encoding.Latin1.GetBytes(" " + written + " rest");
        var position = 0;

        Assert.That(PdfByteString.TryRead(pdf, ref position, out var value), Is.True);
        Assert.That(Convert.ToHexString(value), Is.EqualTo(hex.Replace(" ", string.Empty, StringComparison.Ordinal)));
        Assert.That(Encoding.Latin1.GetString(pdf, position, pdf.Length - position), Is.EqualTo(" rest"));
    }

    [TestCase("(unclosed")]
    [TestCase("<12G4>")]
    [TestCase("[1 2]")]
    public void TryRead_NotAString_IsFalse(string written)
    {
        var position = 0;

        Assert.That(PdfByteString.TryRead(Encoding.Latin1.GetBytes(written), ref position, out _), Is.False);
        Assert.That(position, Is.Zero);
    }

    /// <summary>A minimal stand-in of Skia's output: XMP with the uuid, a cross-reference table and the trailer with the ID.</summary>
    private static byte[] Document(byte[] id, Func<byte[], string> encode)
    {
        var hex = Convert.ToHexString(id).ToLowerInvariant();
        var uuid = $"uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
        var text = "%PDF-1.4\n1 0 obj\n<< /Type /Metadata >>\nstream\n" +
            $"<xmpMM:DocumentID>{uuid}</xmpMM:DocumentID>\n<xmpMM:InstanceID>{uuid}</xmpMM:InstanceID>\nendstream\nendobj\n" +
            "xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \n" +
            $"trailer\n<</Size 2\n/Root 1 0 R\n/ID [{encode(id)} {encode(id)}]>>\nstartxref\n120\n%%EOF\n";
        return Encoding.Latin1.GetBytes(text);
    }

    private static string Hex(byte[] id) => $"<{Convert.ToHexString(id)}>";

    /// <summary>Skia's rule (SkPDFTypes.cpp, write_byte_string): literal when the escapes cost no more than the length.</summary>
    private static string SkiaString(byte[] id)
    {
        var extra = id.Sum(b => b is < (byte)' ' or > (byte)'~' ? 3 : b is (byte)'\\' or (byte)'(' or (byte)')' ? 1 : 0);
        return extra <= id.Length ? Literal(id) : Hex(id);
    }

    private static string Literal(byte[] id)
    {
        var s = new StringBuilder("(");
        foreach (var b in id)
        {
            s.Append(b switch
            {
                < (byte)' ' or > (byte)'~' => "\\" + Convert.ToString(b, 8).PadLeft(3, '0'),
                (byte)'\\' or (byte)'(' or (byte)')' => "\\" + (char)b,
                _ => ((char)b).ToString(),
            });
        }

        return s.Append(')').ToString();
    }
}
