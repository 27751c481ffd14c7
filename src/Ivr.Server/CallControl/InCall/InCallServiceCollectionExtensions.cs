namespace Ivr.Server.CallControl.InCall;

public static class InCallServiceCollectionExtensions
{
    /// <summary>What a counselor does to their current call, one service per concern around <see cref="CurrentCall"/>.</summary>
    public static IServiceCollection AddInCallOperations(this IServiceCollection services)
    {
        services.AddSingleton<CurrentCalls>();
        services.AddSingleton<InCallEvents>();
        services.AddSingleton<ConferenceInvites>();
        services.AddSingleton<HoldOperations>();
        services.AddSingleton<HangUpOperations>();
        services.AddSingleton<TransferOperations>();
        services.AddSingleton<ConsultOperations>();
        services.AddSingleton<ConsultEnding>();
        services.AddSingleton<PartyOperations>();
        return services;
    }
}
