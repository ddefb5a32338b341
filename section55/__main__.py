from section55.cli import main

main()
