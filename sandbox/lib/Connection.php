<?php

declare(strict_types=1);

namespace AmzPay\Sandbox;

/**
 * "reset-before-response": drop the client connection after the request was processed and
 * committed, before a single response byte is written.
 *
 * php -S gives a script no handle on its connection, so this finds the worker's socket descriptor
 * whose peer is this request's client (getpeername on the process's socket descriptors, via FFI),
 * sets SO_LINGER {on, 0} and replaces the descriptor with /dev/null using dup2(). The kernel then
 * closes the socket with an RST; php -S writes its response into /dev/null. Clients see
 * "connection reset by peer" (libcurl: CURLE_RECV_ERROR) and nothing else.
 * Needs ffi.enable=1 for the server (sandbox/serve sets it).
 */
final class Connection
{
    private const CDEF = <<<'C'
        typedef unsigned int socklen_t;
        struct sockaddr_in { unsigned short sin_family; unsigned short sin_port; unsigned int sin_addr; unsigned char zero[8]; };
        struct linger { int l_onoff; int l_linger; };
        int getpeername(int fd, struct sockaddr_in *addr, socklen_t *len);
        int setsockopt(int fd, int level, int optname, const void *optval, socklen_t optlen);
        int open(const char *path, int flags);
        int dup2(int oldfd, int newfd);
        int close(int fd);
        C;

    private const SOL_SOCKET = 1;
    private const SO_LINGER = 13;
    private const AF_INET = 2;
    private const O_RDWR = 2;

    public static function reset(int $clientPort): bool
    {
        if (!extension_loaded('ffi') || !in_array(ini_get('ffi.enable'), ['1', 'On', 'on', 'true'], true)) {
            return false;
        }
        $ffi = \FFI::cdef(self::CDEF);
        foreach (scandir('/proc/self/fd') ?: [] as $entry) {
            if (!ctype_digit($entry)) {
                continue;
            }
            $link = @readlink("/proc/self/fd/$entry");
            if (!is_string($link) || !str_starts_with($link, 'socket:')) {
                continue;
            }
            $fd = (int) $entry;
            $addr = $ffi->new('struct sockaddr_in');
            $len = $ffi->new('socklen_t');
            $len->cdata = \FFI::sizeof($addr);
            if ($ffi->getpeername($fd, \FFI::addr($addr), \FFI::addr($len)) !== 0 || $addr->sin_family !== self::AF_INET) {
                continue;
            }
            $port = (($addr->sin_port & 0xff) << 8) | ($addr->sin_port >> 8);
            if ($port !== $clientPort) {
                continue;
            }
            $linger = $ffi->new('struct linger');
            $linger->l_onoff = 1;
            $linger->l_linger = 0;
            $ffi->setsockopt($fd, self::SOL_SOCKET, self::SO_LINGER, \FFI::addr($linger), \FFI::sizeof($linger));
            $null = $ffi->open('/dev/null', self::O_RDWR);
            if ($null < 0) {
                return false;
            }
            $ffi->dup2($null, $fd);
            $ffi->close($null);
            return true;
        }
        return false;
    }
}
