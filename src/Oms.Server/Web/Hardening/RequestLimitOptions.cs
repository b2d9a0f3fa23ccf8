namespace Oms.Server.Web.Hardening;

/// <summary>
/// <c>Oms:RequestLimits</c>: the largest request body the OMS reads. A JSON command is small; file uploads (imports,
/// postal-code tables, stock snapshots) are marked with <see cref="RequestSizeLimits.AcceptsUpload{TBuilder}"/> and get the larger limit.
/// </summary>
public sealed class RequestLimitOptions
{
    public const string Section = "Oms:RequestLimits";

    public int MaxBodyKilobytes { get; set; } = 1024;

    public int MaxUploadMegabytes { get; set; } = 64;

    internal long MaxBodyBytes => (long)MaxBodyKilobytes * 1024;

    internal long MaxUploadBytes => (long)MaxUploadMegabytes * 1024 * 1024;

    internal void Validate()
    {
        if (MaxBodyKilobytes < 1 || MaxUploadMegabytes < 1)
            throw new InvalidOperationException($"{Section}: MaxBodyKilobytes and MaxUploadMegabytes must be at least 1.");
    }
}
