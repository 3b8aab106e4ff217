using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Benchmark.Store.Accounts;

/// <summary>Password hashing (ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>: PBKDF2-HMAC-SHA512, salted) and generated secrets.</summary>
public static class Passwords
{
    /// <summary>The shortest password the site accepts.</summary>
    public const int MinimumLength = 12;

    private static readonly PasswordHasher<Account> Hasher = new();

    /// <summary>A new random password of 20 characters from an alphabet without look-alikes (about 110 bits).</summary>
    public static string Generate() => RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);

    /// <summary>A new random API token (256 bits, URL-safe base64 with a prefix that says what it is).</summary>
    public static string GenerateToken() =>
        "bmk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of a token: its SHA-256 (a token is random, so a slow hash adds nothing).</summary>
    public static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    internal static string Hash(string password) => Hasher.HashPassword(null!, password);

    internal static bool Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed;
}
