using System.Text;
using Benchmark.Cli.Infrastructure;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary>Writes a command's bytes to a file or standard output.</summary>
internal static class CommandOutput
{
    public static void Emit(CliEnvironment env, string? path, byte[] bytes)
    {
        if (path is not null)
        {
            OutputFile.Write(env.Resolve(path), file =>
            {
                file.Write(bytes);
                return 0;
            });
        }
        else
        {
            env.Out.Write(Encoding.UTF8.GetString(bytes));
        }
    }
}
