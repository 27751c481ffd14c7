namespace Ivr.Server.CallNotes;

public static class CallNotesServiceCollectionExtensions
{
    public static IServiceCollection AddCallNotes(this IServiceCollection services)
    {
        services.AddSingleton<NoteProtector>();
        services.AddScoped<NoteReaders>();
        services.AddScoped<CallNotesReader>();
        services.AddScoped<CallHistory>();
        return services;
    }
}
