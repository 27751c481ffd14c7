using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Ivr.Server.CallNotes;

/// <summary>
/// A counselor's wrap-up note at rest: sealed with ASP.NET Data Protection under a purpose of its own before it enters
/// the records' outbox, so Redis and PostgreSQL only ever hold the sealed text (the keys live encrypted in PostgreSQL,
/// shared by every instance). Every note is sealed; a sensitive call's notes are in addition read only by the people
/// <see cref="NoteReaders"/> names.
/// </summary>
public sealed class NoteProtector(IDataProtectionProvider protection)
{
    public const string Purpose = "Ivr.CallNotes.Note.v1";

    /// <summary>The field of <c>call.outcome</c> that carries the sealed note (older events carry <c>note</c> in clear).</summary>
    public const string SealedField = "noteSealed";

    private readonly IDataProtector protector = protection.CreateProtector(Purpose);

    public string Seal(string note) => protector.Protect(note);

    /// <summary>The note, or null when the text was not sealed by us (tampered, or from keys since lost).</summary>
    public string? Open(string sealedNote)
    {
        try
        {
            return protector.Unprotect(sealedNote);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
