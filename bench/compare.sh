#!/usr/bin/env bash
# Interleaves the raw floor (new EVP_PKEY_CTX per signature), the floor with a
# reused context, and amzpay_sign(), ROUNDS times each for SECONDS, so that
# machine noise hits all three alike; prints the medians and the ratios.
#   compare.sh BUILD_DIR KEY.pem SALT_LEN ROUNDS SECONDS
set -eu
build=$1 key=$2 salt=$3 rounds=$4 secs=$5
floor_new=() floor_reuse=() amzpay=()
value() { sed -n 's/^[a-z_]*=\([0-9.]*\)$/\1/p'; }
for ((r = 1; r <= rounds; r++)); do
	floor_new+=("$("$build/floor" -s "$secs" "$key" "$salt" 2>/dev/null | value)")
	floor_reuse+=("$("$build/floor" --reuse -s "$secs" "$key" "$salt" 2>/dev/null | value)")
	amzpay+=("$("$build/sign_bench" -s "$secs" "$key" "$salt" 2>/dev/null | value)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
fn=$(median "${floor_new[@]}") fr=$(median "${floor_reuse[@]}") am=$(median "${amzpay[@]}")
echo "salt=$salt rounds=$rounds seconds=$secs (medians, us per signature)"
echo "floor_new_ctx_us=$fn    runs: ${floor_new[*]}"
echo "floor_reuse_ctx_us=$fr  runs: ${floor_reuse[*]}"
echo "amzpay_sign_us=$am      runs: ${amzpay[*]}"
awk -v a="$am" -v n="$fn" -v r="$fr" 'BEGIN {
	printf "amzpay_sign vs floor (new ctx):   %+.2f%%\n", (a / n - 1) * 100
	printf "amzpay_sign vs floor (reused ctx): %+.2f%%\n", (a / r - 1) * 100 }'
