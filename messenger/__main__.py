from messenger.cli import main

main()
