using Oms.Domain.Configuration;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration.Documents.Returns;

namespace Oms.Server.Core.Contracts;

/// <summary>A new version of the return settings, validated (channel codes against the database) and activated at once.</summary>
public sealed record SaveReturnSettings(ReturnSettingsDocument? Document, string? Comment) : ICommand<ConfigurationVersion>;
