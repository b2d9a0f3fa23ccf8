using Oms.Domain.Configuration;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration.Documents.Returns;

namespace Oms.Server.Core.Contracts;

/// <summary>A new version of the refund approval policy, validated and activated at once.</summary>
public sealed record SaveRefundApprovalPolicy(RefundApprovalPolicyDocument? Document, string? Comment) : ICommand<ConfigurationVersion>;
