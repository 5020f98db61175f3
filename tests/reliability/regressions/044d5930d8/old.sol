contract TokenVault {
    struct Lock {
        uint64 releaseTime;
    }
    mapping(address => Lock) private _locks;
    function lock(address beneficiary, uint128 amount, uint64 releaseTime) external {
    }
}
