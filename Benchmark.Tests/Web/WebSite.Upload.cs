using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Benchmark.Tests.Web;

/// <content>Uploading files like a browser: the form's antiforgery field, multipart, the preview's id.</content>
internal sealed partial class WebSite
{
    /// <summary>The 2024 sample with <paramref name="edit"/> applied to its lines (index 0 is the header).</summary>
    public static byte[] Sample2024(Func<string[], string[]>? edit = null)
    {
        var lines = File.ReadAllText(Path.Combine(TestPaths.Samples, "benchmark-2024.csv"), Encoding.UTF8).TrimEnd('\n').Split('\n');
        return Encoding.UTF8.GetBytes(string.Join('\n', edit is null ? lines : edit(lines)) + "\n");
    }

    /// <summary>Uploads <paramref name="content"/> as <paramref name="fileName"/> through the upload form.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content, string contentType = "text/csv")
    {
        var token = await AntiforgeryTokenAsync(client, "/upload").ConfigureAwait(false);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__af");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync(new Uri("/upload", UriKind.Relative), form).ConfigureAwait(false);
    }

    /// <summary>Posts the preview's confirmation form with <paramref name="mode"/> (<c>whole</c>, <c>valid</c>).</summary>
    public static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string previewPath, string mode) =>
        PostFormAsync(client, previewPath, previewPath + "?handler=Confirm", new() { ["mode"] = mode });

    /// <summary>The version id a confirmation redirected to.</summary>
    public static long VersionOf(HttpResponseMessage confirmed) =>
        long.Parse(VersionPath().Match(confirmed.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^/datasets/([0-9]+)")]
    private static partial Regex VersionPath();
}
