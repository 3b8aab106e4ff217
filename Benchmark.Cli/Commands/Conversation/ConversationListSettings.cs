using System.ComponentModel;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary>Settings of <c>benchmark explain list|export|import</c> and <c>benchmark agenda list|export</c>.</summary>
public sealed class ConversationListSettings : StoreSettings
{
    /// <summary>Only this municipality (list), or the file to import (import).</summary>
    [CommandArgument(0, "[MUNICIPALITY_OR_FILE]")]
    [Description("list: only this municipality (code or name). import: the CSV file to read.")]
    public string? Target { get; init; }

    /// <summary>Only this year (explanations) or the follow-up year (agenda).</summary>
    [CommandOption("--year <YEAR>")]
    [Description("explain list: only this year. agenda list: the year to follow up in (default: the latest year in the store).")]
    public int? Year { get; init; }

    /// <summary>Every revision instead of the current text.</summary>
    [CommandOption("--history")]
    [Description("explain list/export: every revision, oldest first, instead of the current text.")]
    public bool History { get; init; }

    /// <summary>Write to a file (export).</summary>
    [CommandOption("--out <FILE>")]
    [Description("export: write the CSV to FILE instead of standard output.")]
    public string? Out { get; init; }
}
