using Ivr.PhoneSim.Modes;

namespace Ivr.PhoneSim;

/// <summary>The simulator's command line: scenario, load, demo and roster modes.</summary>
public static class SimulatorProgram
{
    public static async Task<int> Main(string[] args)
    {
        var command = CommandLine.Parse(args);
        try
        {
            return command.Mode switch
            {
                "scenario" => await ScenarioMode.RunAsync(command),
                "load" => await LoadMode.RunAsync(command),
                "demo" => await DemoMode.RunAsync(command),
                "roster" => RosterMode.Run(command),
                _ => Usage(),
            };
        }
        catch (ArgumentException refused) when (refused.ParamName == "url")
        {
            await Console.Error.WriteLineAsync("phone simulator: " + refused.Message);
            return 2;
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("""
            usage: Ivr.PhoneSim <scenario|load|demo|roster> [--server http://127.0.0.1:5000] [--listen http://127.0.0.1:5080]
                                [--center sample] [--account-sid AC...] [--auth-token TOKEN] [--speed 1]
              scenario  [--keys "3*,0"] [--from +8210...] [--counselors 3] [--talk 30] [--hangup-after 120]
              load      [--rate 10] [--counselors 108] [--duration 60] [--self-service 0] [--talk 240] [--patience 180] [--drain 600]
              demo      [--rate <1345 volume>] [--counselors 108] [--self-service 0.4] [--talk 240] [--patience 180]
              load/demo [--key-plan "{language}*,{choice}"] [--counselor-key 0] [--self-service-key 1] [--barge-in 0.3]
              roster    [--counselors 108]   (prints the virtual counselors as JSON for seeding the server)
              load/demo [--seed-email OPS --seed-password PW] [--open-all-hours]   (registers the counselors with the server)
            see docs/phone-simulator.md
            """);
        return 2;
    }
}
