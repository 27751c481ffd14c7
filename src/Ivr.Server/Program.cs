using Ivr.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddIvrServer();

var app = builder.Build();
if (await ServerCommands.TryRunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

app.MapIvrServer();
await app.RunAsync();
return 0;

public partial class Program;
