using System.Diagnostics.CodeAnalysis;

namespace Benchmark.Store.Accounts;

/// <summary>The rule for sign-in names: 3–64 characters of a–z, 0–9, '.', '_', '-', '@'; case is ignored (stored lower case).</summary>
public static class UserNames
{
    /// <summary>The name as stored, or <see langword="false"/> when <paramref name="text"/> breaks the rule.</summary>
    public static bool TryNormalize([NotNullWhen(true)] string? text, [NotNullWhen(true)] out string? userName)
    {
        userName = text?.Trim().ToLowerInvariant();
        if (userName is null || userName.Length is < 3 or > 64 || !userName.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-' or '@'))
        {
            userName = null;
            return false;
        }

        return true;
    }

    internal static string Normalize(string text) =>
        TryNormalize(text, out var name) ? name : throw new ArgumentException("A user name is 3–64 characters of a–z, 0–9, '.', '_', '-' or '@'.", nameof(text));
}
