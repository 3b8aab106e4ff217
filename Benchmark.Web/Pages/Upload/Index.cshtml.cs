using Benchmark.Store;
using Benchmark.Store.Sharing;
using Benchmark.Web.Security;
using Benchmark.Web.Shell;
using Benchmark.Web.Upload;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmark.Web.Pages.Upload;

/// <summary>Choosing a file: checked for size and type, then kept in the store until its uploader confirms or drops it.</summary>
internal sealed class IndexModel(IDatasetStore store, WebOptions options, Ui ui) : PageModel
{
    /// <summary>What was wrong with the upload, in the reader's language.</summary>
    public string? Problem { get; private set; }

    /// <summary>The size limit in MB.</summary>
    public double MaxMegabytes => options.MaxUploadBytes / (1024.0 * 1024.0);

    /// <summary>Checks and stages the file, then shows its preview.</summary>
    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        var account = HttpContext.CurrentAccount()!;
        if (file is null)
        {
            return Refuse(StatusCodes.Status400BadRequest, ui.T("Kies eerst een bestand.", "Choose a file first."));
        }

        if (file.Length > options.MaxUploadBytes)
        {
            var tooLarge = UploadCheck.TooLarge(options.MaxUploadBytes);
            return Refuse(tooLarge.Status, ui.T(tooLarge.Text));
        }

        byte[] content;
        await using (var stream = file.OpenReadStream())
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, HttpContext.RequestAborted).ConfigureAwait(false);
            content = buffer.ToArray();
        }

        if (UploadCheck.Problem(file.FileName, content, options.MaxUploadBytes) is { } problem)
        {
            return Refuse(problem.Status, ui.T(problem.Text));
        }

        var staged = store.Stage(account.Id, UploadCheck.SafeName(file.FileName), content);
        store.Audit(account.UserName, AuditActions.Upload, staged.FileName, $"{content.Length} bytes");
        return Redirect($"/upload/{staged.Id}");
    }

    private PageResult Refuse(int status, string problem)
    {
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }
}
