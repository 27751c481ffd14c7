using System.Diagnostics;
using System.Text;
using Ivr.Server.Tests.Deploy;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.Hosting;

/// <summary>
/// The first operations account's password, typed at a terminal, is not shown (issue 19). The command runs on a real
/// pseudo-terminal (util-linux <c>script</c>), where a plain line read would echo every character.
/// </summary>
public sealed class BootstrapPasswordTests
{
    private const string Password = "Typed-at-the-terminal-1345";

    [Test]
    public async Task CreateOperationsAccount_PasswordTypedAtATerminal_IsNotEchoed()
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Redis"] = TestServices.Redis,
            ["ConnectionStrings__Postgres"] = await TestServices.CreateDatabaseAsync("ivr_bootstrap"),
            ["Twilio__AccountSid"] = IvrServerFactory.AccountSid,
            ["Twilio__AuthToken"] = IvrServerFactory.AuthToken,
            ["CallRecords__CallerHashKey"] = "bootstrap-test-caller-hash-key-0123456789",
            ["DataProtection__Certificate"] = TestCertificates.DataProtection,
            ["DataProtection__CertificatePassword"] = TestCertificates.Password,
        };
        var (migrated, migration) = await ServerProcess.RunCommandAsync(environment, "migrate");
        Assert.That(migrated, Is.Zero, migration);

        var output = await RunOnTerminalAsync(environment, $"create-operations-account first-{Guid.NewGuid():N}@example.org");

        Assert.That(output, Does.Contain("Password (not shown)"));
        Assert.That(output, Does.Contain("Operations account first-"), output);
        Assert.That(output, Does.Not.Contain(Password), "the password appeared on the terminal");
    }

    /// <summary>Runs a server command on a pseudo-terminal, types the password at its prompt, and returns what the terminal showed.</summary>
    private static async Task<string> RunOnTerminalAsync(Dictionary<string, string> environment, string command)
    {
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(ServerProcess.ServerAssembly)!,
        };
        foreach (var argument in (string[])["-q", "-e", "-c", $"dotnet {ServerProcess.ServerAssembly} {command}", "/dev/null"])
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var shown = new StringBuilder();
        var reading = Task.Run(async () =>
        {
            var buffer = new char[256];
            for (int read; (read = await process.StandardOutput.ReadAsync(buffer)) > 0;)
            {
                lock (shown)
                {
                    shown.Append(buffer, 0, read);
                }
            }
        });
        var prompt = Stopwatch.StartNew();
        while (!Shown().Contains("Password (not shown)") && prompt.Elapsed < TimeSpan.FromMinutes(1) && !process.HasExited)
        {
            await Task.Delay(100);
        }
        await process.StandardInput.WriteAsync(Password + "\r");
        await process.StandardInput.FlushAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        await reading;
        return Shown();

        string Shown()
        {
            lock (shown)
            {
                return shown.ToString();
            }
        }
    }
}
