# `sleep` takes GNU coreutils' operands and moves the simulated clock.

$ sleep 30s

$ sleep 1.5m 10

$ sleep
! sleep: missing operand
! Try 'sleep --help' for more information.
? 1

$ sleep 1m30s
! sleep: invalid time interval ‘1m30s’
! Try 'sleep --help' for more information.
? 1

$ sleep 2d
! kubesim: sleep moves the simulated clock by at most 1d at a time
? 1
