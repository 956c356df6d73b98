import { Menu, Tray, nativeImage } from 'electron';

export interface TrayActions {
  open(): void;
  quit(): void;
}

/** The tray icon keeps the app reachable while its window is hidden. Keep a reference: an unreferenced Tray is collected. */
export function createTray(iconPath: string, actions: TrayActions): Tray {
  const tray = new Tray(nativeImage.createFromPath(iconPath));
  tray.setToolTip('Tradewatch');
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Tradewatch', click: () => actions.open() },
      { type: 'separator' },
      { label: 'Quit', click: () => actions.quit() },
    ]),
  );
  // Windows convention: a left click on the tray icon opens the app.
  tray.on('click', () => actions.open());
  return tray;
}
