<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * What a domain operation needs: state, switches, the simulated "now" (fixed for the whole request),
 * the environment it runs in, the caller's region and the validated simulation code.
 */
final class Context
{
    public function __construct(
        public readonly Store $store,
        public readonly Config $config,
        public readonly Ipn $ipn,
        public readonly int $now,
        public readonly string $env,
        public readonly ?string $region,
        public readonly string $baseUrl,
        public readonly ?string $simulation = null,
    ) {
    }

    /** A context for background transitions of an object of environment $env. */
    public function forEnv(string $env, ?int $now = null): self
    {
        return new self($this->store, $this->config, $this->ipn, $now ?? $this->now, $env, null, $this->baseUrl);
    }

    public function isLive(): bool
    {
        return $this->env === 'Live';
    }

    /** The caller's x-amz-pay-region must match the region the object lives in. */
    public function assertRegion(string $objectRegion): void
    {
        if ($this->region !== null && $this->region !== $objectRegion) {
            throw new ApiError(403, 'InvalidAuthentication',
                "The request region [{$this->region}] does not match the region [$objectRegion] of the requested object.");
        }
    }
}
