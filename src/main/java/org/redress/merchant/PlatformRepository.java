package org.redress.merchant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlatformRepository extends JpaRepository<Platform, String> {

    List<Platform> findByActiveTrueOrderBySortOrderAscCodeAsc();

    List<Platform> findAllByOrderBySortOrderAscCodeAsc();
}
