using Ivr.Server.Accounts;
using Ivr.Server.Authorization;
using Ivr.Server.CallRecords.Demo;
using Ivr.Server.CallRecords.Rollups;
using Ivr.Server.Data;
using Ivr.Server.Reporting;
using Ivr.Server.Hours;
using Ivr.Server.Prompts;

namespace Ivr.Server.Hosting;

/// <summary>One-shot commands run instead of the server: <c>migrate</c> and <c>create-operations-account</c>.</summary>
public static class ServerCommands
{
    public const string Usage = """
        Ivr.Server                                   run the server
        Ivr.Server migrate                           apply database migrations and exit
        Ivr.Server create-operations-account EMAIL   create the first operations account (password from IVR_PASSWORD, or typed without echo)
        Ivr.Server generate-demo-records --year YYYY [--to-year YYYY]   demo call records (2017 = published 1345 totals)
        Ivr.Server rebuild-rollups                   recompute the report rollups from the call records
        Ivr.Server report NAME --from DATE --to DATE [--period day|month|year] [--csv]   a call report (docs/reports.md)
        Ivr.Server prompt-coverage                   print prompt coverage of the 20 default languages (Markdown)
        """;

    /// <returns>The exit code when the arguments named a command; null to run the server.</returns>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case null or "" or "run":
                return null;
            case "migrate":
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
                Console.WriteLine("Migrations applied.");
                return 0;
            case "prompt-coverage":
                Console.Write(PromptCoverage.ToMarkdown(PromptCoverage.Compute(app.Services.GetRequiredService<PromptCatalog>(), DefaultLanguages.All)));
                return 0;
            case "create-operations-account" when args.Length == 2:
                return await CreateOperationsAccountAsync(app.Services, args[1]);
            case "generate-demo-records":
                return await GenerateDemoRecordsCommand.RunAsync(app.Services, args);
            case "rebuild-rollups":
                Console.WriteLine($"Rollups rebuilt from {await app.Services.GetRequiredService<RollupRebuilder>().RebuildAsync():N0} calls.");
                return 0;
            case "report":
                return await ReportCommand.RunAsync(app.Services, args);
            default:
                if (args[0].StartsWith('-'))
                {
                    return null; // host switches such as --urls
                }
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static async Task<int> CreateOperationsAccountAsync(IServiceProvider services, string email)
    {
        var password = Environment.GetEnvironmentVariable("IVR_PASSWORD") ?? PasswordPrompt.Read();
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("Give the password in IVR_PASSWORD or on standard input.");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateAsync(email, password, Roles.Operations, displayName: null, actor: "command-line");
        if (result.Succeeded)
        {
            Console.WriteLine($"Operations account {email} created.");
            return 0;
        }
        foreach (var message in result.Errors.Values.SelectMany(messages => messages))
        {
            Console.Error.WriteLine(message);
        }
        return 1;
    }
}
