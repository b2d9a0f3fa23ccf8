namespace Oms.Server.Web.Access;

/// <summary>
/// <c>Oms.Server create-admin --user NAME</c>: the first administrator of an installation without demo data. The
/// password comes from <c>OMS_ADMIN_PASSWORD</c> or the first line of standard input, never from the command line
/// (which other users of the machine can see). Exit code 0 when created, 2 when refused.
/// </summary>
internal static class CreateAdmin
{
    public static async Task<int> RunAsync(WebApplication app, string[] args, CancellationToken ct)
    {
        var i = Array.IndexOf(args, "--user");
        var user = i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        if (string.IsNullOrWhiteSpace(user))
        {
            await Console.Error.WriteLineAsync("usage: Oms.Server create-admin --user <name>   (password from OMS_ADMIN_PASSWORD or stdin)");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable("OMS_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password)) password = await Console.In.ReadLineAsync(ct);
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("No password: set OMS_ADMIN_PASSWORD or write it on standard input.");
            return 2;
        }
        var result = await AccessSeed.CreateAdminAsync(app.Services, user, password, ct);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"Not created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            return 2;
        }
        await Console.Out.WriteLineAsync($"Administrator {user} created; sign in with POST /api/auth/sign-in.");
        return 0;
    }
}
