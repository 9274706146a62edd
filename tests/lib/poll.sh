# poll SECONDS COMMAND...: true once COMMAND succeeds, false once SECONDS
# have passed without it. The short rest between tries is the poll's own,
# never a wait for a result. Sourced by the levels that watch a terminal or
# a file (the e2e, badges, verdicts, outputs and backup levels, the fresh
# machine).
poll() {
  local end=$((${EPOCHREALTIME/./} + $1 * 1000000))
  shift
  until "$@"; do
    ((${EPOCHREALTIME/./} < end)) || return 1
    sleep 0.05
  done
}
