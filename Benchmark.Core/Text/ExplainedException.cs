namespace Benchmark.Text;

/// <summary>
/// Gives an exception whose message a person may read its text in Dutch and English. The exception keeps its type (so
/// callers catch what the documentation says) and its English <see cref="Exception.Message"/>; both texts travel in
/// <see cref="Exception.Data"/>, where a front end finds them with <see cref="TextOf"/>.
/// </summary>
public static class ExplainedException
{
    private const string DutchKey = "Benchmark.Text.Nl";
    private const string EnglishKey = "Benchmark.Text.En";

    /// <summary>An <see cref="InvalidDataException"/> (a file or document that cannot be used) told in both languages.</summary>
    public static InvalidDataException InvalidData(LocalizedText text, Exception? inner = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return With(new InvalidDataException(text.En, inner), text);
    }

    /// <summary>A <see cref="FormatException"/> (a text that does not have the expected form) told in both languages.</summary>
    public static FormatException Format(LocalizedText text, Exception? inner = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return With(new FormatException(text.En, inner), text);
    }

    /// <summary>Attaches <paramref name="text"/> to <paramref name="exception"/> and returns it, for <c>throw</c>.</summary>
    public static TException With<TException>(TException exception, LocalizedText text)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(text);
        exception.Data[DutchKey] = text.Nl;
        exception.Data[EnglishKey] = text.En;
        return exception;
    }

    /// <summary>The text attached to <paramref name="exception"/>, or <see langword="null"/> when it has none.</summary>
    public static LocalizedText? TextOf(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Data[DutchKey] is string nl && exception.Data[EnglishKey] is string en ? new LocalizedText(nl, en) : null;
    }
}
